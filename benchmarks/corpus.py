"""Write N synthetic Vietnamese government news articles (JSON Lines) for scale runs.

The articles vary people, bodies, posts, events, documents and dates; the same seed gives
the same corpus.

    python benchmarks/corpus.py 2000 -o /tmp/corpus-2000.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
from datetime import date, timedelta
from pathlib import Path

SURNAMES = [
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Vũ",
    "Võ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Hồ",
    "Ngô",
    "Dương",
    "Lý",
    "Phan",
    "Trương",
    "Đinh",
    "Mai",
]
MIDDLE = ["Văn", "Thị", "Minh", "Hồng", "Quốc", "Đức", "Thanh", "Xuân", "Hữu", "Ngọc", "Tiến", "Hoài", "Công", "Kim"]
GIVEN = [
    "Hùng",
    "Dũng",
    "Lan",
    "Hà",
    "Sơn",
    "Tuấn",
    "Hải",
    "Bình",
    "Long",
    "Nam",
    "Phương",
    "Thảo",
    "Trung",
    "Quang",
    "Tâm",
    "Vinh",
    "Khánh",
    "Nga",
    "Hiếu",
    "Thắng",
]
MINISTRIES = [
    "Bộ Tài chính",
    "Bộ Nội vụ",
    "Bộ Ngoại giao",
    "Bộ Y tế",
    "Bộ Xây dựng",
    "Bộ Công Thương",
    "Bộ Tư pháp",
    "Bộ Giáo dục và Đào tạo",
    "Bộ Khoa học và Công nghệ",
    "Bộ Nông nghiệp và Môi trường",
]
PROVINCES = [
    "Nghệ An",
    "Thanh Hóa",
    "Quảng Ninh",
    "Lạng Sơn",
    "Phú Thọ",
    "Gia Lai",
    "Đắk Lắk",
    "Khánh Hòa",
    "Lâm Đồng",
    "An Giang",
    "Cà Mau",
    "Tây Ninh",
    "Đồng Nai",
    "Bắc Ninh",
    "Hưng Yên",
    "Ninh Bình",
]
COUNTRIES = ["Nhật Bản", "Hàn Quốc", "Australia", "Singapore", "Pháp", "Đức", "Ấn Độ", "Lào", "Campuchia", "Indonesia"]
FOREIGN = [
    "Ito Naoki",
    "Choi Young-sam",
    "Andrew Goledzinowski",
    "Jaya Ratnam",
    "Olivier Brochet",
    "Helga Margarete Barth",
    "Sandeep Arya",
    "Khamphao Ernthavanh",
]
TOPICS = [
    "chuyển đổi số",
    "cải cách hành chính",
    "phòng, chống thiên tai",
    "phát triển kinh tế - xã hội",
    "xây dựng nông thôn mới",
    "an sinh xã hội",
    "đầu tư công",
    "phòng, chống tham nhũng",
]
FILLER = [
    "Các đại biểu đã thảo luận sôi nổi, đóng góp nhiều ý kiến tâm huyết.",
    "Năm qua, toàn ngành đã hoàn thành vượt mức các chỉ tiêu được giao.",
    "Nhiều mô hình hay, cách làm sáng tạo đã được nhân rộng trong thực tiễn.",
    "Công tác phối hợp giữa các cơ quan tiếp tục được tăng cường.",
    "Kết quả giải ngân vốn đầu tư công đạt trên 90% kế hoạch.",
    "Việc cắt giảm thủ tục hành chính được thực hiện quyết liệt.",
    "Đời sống của người dân từng bước được cải thiện rõ rệt.",
    "Các địa phương cần chủ động xây dựng kế hoạch cụ thể, phân công rõ trách nhiệm.",
]


class Writer:
    """One random source, so that a seed fixes the whole corpus."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def name(self) -> str:
        r = self.rng
        return f"{r.choice(SURNAMES)} {r.choice(MIDDLE)} {r.choice(GIVEN)}"

    def day(self) -> date:
        return date(2020, 1, 1) + timedelta(days=self.rng.randrange(0, 2000))

    def filler(self, n: int) -> str:
        return " ".join(self.rng.choice(FILLER) for _ in range(n))

    def conference(self, when: date) -> tuple[str, str]:
        r = self.rng
        ministry, topic, chair, speaker, guest = r.choice(MINISTRIES), r.choice(TOPICS), self.name(), self.name(), self.name()
        title = f"{ministry} tổ chức Hội nghị về {topic}"
        text = (
            f"Sáng {when.day}/{when.month}, tại Hà Nội, {ministry} tổ chức Hội nghị tổng kết công tác {topic} năm {when.year}. "
            f"Đồng chí {chair}, Ủy viên Trung ương Đảng, Bộ trưởng {ministry}, chủ trì hội nghị.\n\n"
            f"Cùng dự có Phó Thủ tướng {guest}; Thứ trưởng {ministry} {speaker} và đại diện lãnh đạo UBND tỉnh {r.choice(PROVINCES)}. "
            f"{self.filler(3)}\n\nPhát biểu tại hội nghị, Thứ trưởng {speaker} cho biết ngành đã triển khai Nghị quyết số "
            f"{r.randrange(10, 80)}-NQ/TW của Bộ Chính trị. {self.filler(3)}"
        )
        return title, text

    def appointment(self, when: date) -> tuple[str, str]:
        r = self.rng
        ministry, person, old, pm = r.choice(MINISTRIES), self.name(), self.name(), self.name()
        number = r.randrange(100, 2500)
        title = f"Bổ nhiệm Thứ trưởng {ministry}"
        text = (
            f"Ngày {when.day}/{when.month}/{when.year}, Thủ tướng Chính phủ {pm} đã ký Quyết định số {number}/QĐ-TTg bổ nhiệm "
            f"ông {person}, Vụ trưởng Vụ Tổ chức cán bộ, giữ chức Thứ trưởng {ministry}, thay ông {old} nghỉ hưu theo chế độ.\n\n"
            f"{self.filler(4)}\n\nPhát biểu nhận nhiệm vụ, Thứ trưởng {person} cảm ơn sự tin tưởng của lãnh đạo {ministry}. {self.filler(2)}"
        )
        return title, text

    def election(self, when: date) -> tuple[str, str]:
        r = self.rng
        province, person, old, chair = r.choice(PROVINCES), self.name(), self.name(), self.name()
        title = f"{person} được bầu giữ chức Chủ tịch UBND tỉnh {province}"
        text = (
            f"Sáng {when.day}/{when.month}, tại Kỳ họp thứ {r.randrange(5, 30)}, HĐND tỉnh {province} khóa XVIII đã bầu ông {person}, "
            f"Phó Bí thư Tỉnh ủy, giữ chức Chủ tịch UBND tỉnh {province} nhiệm kỳ 2021-2026, thay ông {old}, nguyên Chủ tịch UBND tỉnh.\n\n"
            f"Chủ tịch HĐND tỉnh {chair} chủ trì kỳ họp. {self.filler(4)}\n\n{self.filler(3)}"
        )
        return title, text

    def reception(self, when: date) -> tuple[str, str]:
        r = self.rng
        i = r.randrange(len(COUNTRIES))
        country, guest, host = COUNTRIES[i], FOREIGN[i % len(FOREIGN)], self.name()
        title = f"Chủ tịch nước tiếp Đại sứ {country}"
        text = (
            f"Chiều {when.day}/{when.month}, tại Phủ Chủ tịch, Chủ tịch nước {host} tiếp ông {guest}, Đại sứ {country} tại Việt Nam, "
            f"đến chào kết thúc nhiệm kỳ công tác.\n\n{self.filler(4)}\n\nĐại sứ {guest} cảm ơn sự hỗ trợ của Bộ Ngoại giao. {self.filler(2)}"
        )
        return title, text

    def decree(self, when: date) -> tuple[str, str]:
        r = self.rng
        topic, signer, ministry = r.choice(TOPICS), self.name(), r.choice(MINISTRIES)
        number = r.randrange(10, 300)
        title = f"Chính phủ ban hành Nghị định về {topic}"
        text = (
            f"Chính phủ vừa ban hành Nghị định số {number}/{when.year}/NĐ-CP quy định chi tiết về {topic}. "
            f"Nghị định do Phó Thủ tướng {signer} ký ban hành, có hiệu lực từ ngày {when.day}/{when.month}/{when.year}.\n\n"
            f"{ministry} có trách nhiệm hướng dẫn thực hiện Nghị định. {self.filler(4)}\n\n{self.filler(3)}"
        )
        return title, text

    def article(self, index: int) -> dict[str, object]:
        when = self.day()
        kind = self.rng.choice([self.conference, self.appointment, self.election, self.reception, self.decree])
        title, text = kind(when)
        return {
            "id": f"syn-{index:06d}",
            "url": f"https://example.org/govgraph/synthetic/{index}",
            "title": title,
            "published": when.isoformat(),
            "source": "govgraph synthetic",
            "text": text,
        }


def write_corpus(n: int, path: Path, seed: int = 7) -> Path:
    writer = Writer(seed)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        for i in range(n):
            handle.write(json.dumps(writer.article(i), ensure_ascii=False) + "\n")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    write_corpus(args.n, args.output, args.seed)
    print(args.output)


if __name__ == "__main__":
    main()
