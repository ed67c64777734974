from tests.conftest import facts_of


def links(text: str) -> set[tuple[str, str, str]]:
    facts = facts_of(text)
    ents = facts.entities
    return {(ents[s].label, r, ents[o].label) for s, r, o in facts.links if r in ("issuer", "signer", "implementer")}


def test_issuer_from_the_text() -> None:
    assert ("Nghị định 15/2025/NĐ-CP", "issuer", "Chính phủ") in links(
        "Chính phủ vừa ban hành Nghị định số 15/2025/NĐ-CP về quản lý tài sản."
    )


def test_signer_of_a_document_named_by_its_kind() -> None:
    found = links("Chính phủ ban hành Nghị định số 15/2025/NĐ-CP. Nghị định do Phó Thủ tướng Hồ Đức Phớc ký ban hành.")
    assert ("Nghị định 15/2025/NĐ-CP", "signer", "Hồ Đức Phớc") in found


def test_implementer() -> None:
    found = links("Theo Quyết định số 88/QĐ-TTg, Bộ Tài chính có trách nhiệm hướng dẫn thực hiện Quyết định.")
    assert ("Quyết định 88/QĐ-TTg", "implementer", "Bộ Tài chính") in found


def test_a_body_in_a_name_is_no_implementer() -> None:
    found = links("Hội nghị Chính phủ với các địa phương nhằm triển khai Nghị quyết số 01/NQ-CP.")
    assert not any(r == "implementer" for _, r, _ in found)


def test_a_signing_verb_added_to_the_data_is_found(reference_words) -> None:
    text = "Chính phủ ban hành Nghị định số 15/2025/NĐ-CP. Nghị định do Phó Thủ tướng Hồ Đức Phớc phê chuẩn."
    signed = ("Nghị định 15/2025/NĐ-CP", "signer", "Hồ Đức Phớc")
    assert signed not in links(text)
    reference_words("documents", "links.sign_verbs", "phê chuẩn")
    assert signed in links(text)


def test_an_implementing_verb_added_to_the_data_is_found(reference_words) -> None:
    text = "Theo Quyết định số 88/QĐ-TTg, Bộ Tài chính có trách nhiệm cụ thể hóa Quyết định."
    implemented = ("Quyết định 88/QĐ-TTg", "implementer", "Bộ Tài chính")
    assert implemented not in links(text)
    reference_words("documents", "links.implement_verbs", "cụ thể hóa")
    assert implemented in links(text)
