"""Positions for the view: clusters apart, small pieces and unlinked nodes out of the way.

Communities (Louvain, networkx) are laid out inside with a spring layout and placed by a
spring layout of the graph of communities, then pushed apart until their discs no longer
overlap. Everything is seeded and ordered, so the same graph gives the same positions in
every process.
"""

from __future__ import annotations

import inspect
import math
from collections import defaultdict
from typing import Any

import networkx as nx


def _ordered(graph: nx.Graph, nodes: Any) -> nx.Graph:
    """The subgraph on ``nodes`` as a new graph whose nodes and edges come in sorted order.

    networkx subgraph views iterate their node filter (a set) when it is small, so their order,
    and any seeded layout computed from it, would change with each process's hash seed.
    """
    keep = sorted(nodes)
    inside = set(keep)
    sub = nx.Graph()
    sub.add_nodes_from(keep)
    sub.add_edges_from(sorted(tuple(sorted((s, o))) for s, o in graph.edges(keep) if s in inside and o in inside))
    return sub


def _communities(graph: nx.Graph, *, largest: int = 300) -> list[list[str]]:
    """Louvain communities, the largest first; one bigger than ``largest`` is split again at a
    higher resolution (a spring layout of a few hundred nodes stays quick and readable)."""
    # nodes as integers while detecting communities: sets of strings iterate in an order that
    # changes with each process's hash seed, sets of small integers do not
    names = sorted(graph)
    number = {n: i for i, n in enumerate(names)}
    numbered = nx.Graph()
    numbered.add_nodes_from(range(len(names)))
    numbered.add_edges_from(sorted((min(number[s], number[o]), max(number[s], number[o])) for s, o in graph.edges()))
    pending = [(sorted(numbered), 1.0)]
    groups: list[list[str]] = []
    while pending:
        nodes, resolution = pending.pop()
        sub = numbered.subgraph(nodes)
        found = [sorted(c) for c in nx.community.louvain_communities(sub, seed=7, resolution=resolution)]
        for group in found:
            if len(group) > largest and resolution < 16:
                pending.append((group, resolution * 2))
            else:
                groups.append([names[i] for i in group])
    groups.sort(key=lambda c: (-len(c), c[0]))
    # a community of a few nodes joins the one it has most links with: hundreds of tiny
    # communities around a hub would each take a disc of their own
    member = {n: i for i, group in enumerate(groups) for n in group}
    for i in range(len(groups) - 1, -1, -1):
        if len(groups[i]) > 3:
            continue
        links: dict[int, int] = defaultdict(int)
        for node in groups[i]:
            for other in graph.neighbors(node):
                if member[other] != i and len(groups[member[other]]) + len(groups[i]) <= largest:
                    links[member[other]] += 1
        if links:
            target = max(sorted(links), key=lambda j: (links[j], len(groups[j])))
            for node in groups[i]:
                member[node] = target
            groups[target] = sorted(groups[target] + groups[i])
            groups[i] = []
    return sorted((g for g in groups if g), key=lambda c: (-len(c), c[0]))


def layout(graph: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """Positions that keep clusters apart (seeded: same input, same page).

    Communities (Louvain, networkx) are laid out inside with a spring layout, then placed
    by a spring layout of the graph of communities and pushed apart until their discs no
    longer overlap. Small separate pieces (a few nodes linked only to each other) and then
    unlinked nodes go in rows below the picture, not in a ring around it.
    """
    if not graph:
        return {}
    simple = _ordered(nx.Graph(graph.to_undirected()), graph)
    simple.remove_edges_from(list(nx.selfloop_edges(simple)))
    pieces = sorted((sorted(c) for c in nx.connected_components(simple)), key=lambda c: (-len(c), c[0]))
    big = [n for piece in pieces if len(piece) > SMALL_PIECE for n in piece]
    positions = _clustered(_ordered(simple, big)) if big else {}
    small = [piece for piece in pieces if 1 < len(piece) <= SMALL_PIECE]
    lonely = [piece[0] for piece in pieces if len(piece) == 1]
    positions.update(_shelves(positions, [_spring(_ordered(simple, piece), 40.0 * math.sqrt(len(piece))) for piece in small]))
    positions.update(_shelves(positions, [{node: (0.0, 0.0)} for node in lonely]))
    return positions


SMALL_PIECE = 6  # pieces up to this many nodes are shelved below the picture


def _spring(graph: nx.Graph, radius: float, **options: Any) -> dict[str, tuple[float, float]]:
    """A seeded spring layout scaled to ``radius`` (three nodes or fewer: on a circle)."""
    if len(graph) <= 3:
        step = 2 * math.pi / len(graph)
        return {n: (radius * math.cos(i * step) * 0.8, radius * math.sin(i * step) * 0.8) for i, n in enumerate(sorted(graph))}
    if "method" in _SPRING_OPTIONS:
        options.setdefault("method", "force")  # the energy method of networkx 3.5+ is slow past a few hundred nodes
    pos = nx.spring_layout(graph, seed=7, iterations=50 if len(graph) < 300 else 30, **options)
    return {n: (float(x) * radius, float(y) * radius) for n, (x, y) in pos.items()}


_SPRING_OPTIONS = set(inspect.signature(nx.spring_layout).parameters)


def _shelves(
    placed: dict[str, tuple[float, float]], pieces: list[dict[str, tuple[float, float]]]
) -> dict[str, tuple[float, float]]:
    """Pieces in rows under what is already placed, as wide as the picture."""
    if not pieces:
        return {}
    xs = [x for x, _ in placed.values()] or [0.0]
    ys = [y for _, y in placed.values()] or [0.0]
    left, width = min(xs), max(max(xs) - min(xs), 600.0)
    x, y, row = left, max(ys) + 120.0, 0.0
    out: dict[str, tuple[float, float]] = {}
    for piece in pieces:
        px = [p[0] for p in piece.values()]
        py = [p[1] for p in piece.values()]
        w, h = max(px) - min(px) + 80.0, max(py) - min(py) + 60.0
        if x + w > left + width and x > left:
            x, y, row = left, y + row, 0.0
        for node, (nx_, ny_) in piece.items():
            out[node] = (x + nx_ - min(px), y + ny_ - min(py))
        x, row = x + w, max(row, h)
    return out


def _clustered(linked: nx.Graph) -> dict[str, tuple[float, float]]:
    import numpy as np

    groups = _communities(linked)
    member = {n: i for i, group in enumerate(groups) for n in group}
    radius = np.array([75.0 * math.sqrt(len(g)) + 30 for g in groups])
    inner = [_spring(_ordered(linked, group), 1.0) for group in groups]
    meta = nx.Graph()
    meta.add_nodes_from(range(len(groups)))
    for s, o in linked.edges():
        a, b = member[s], member[o]
        if a != b:
            meta.add_edge(a, b, weight=meta.get_edge_data(a, b, {"weight": 0})["weight"] + 1)
    spread = float(radius.sum()) / math.sqrt(len(groups)) * 1.2
    start = _spring(meta, 1.0, weight="weight", k=2 / math.sqrt(len(groups)))
    centre = np.array([start[i] for i in range(len(groups))], dtype=float) * spread
    for _ in range(80):  # push overlapping discs apart
        delta = centre[:, None, :] - centre[None, :, :]
        dist = np.sqrt((delta**2).sum(-1)) + np.eye(len(groups))
        overlap = np.clip(radius[:, None] + radius[None, :] + 30 - dist, 0, None)
        np.fill_diagonal(overlap, 0)
        if not overlap.any():
            break
        centre += ((delta / dist[..., None]) * overlap[..., None] / 2).sum(1) * 0.5
    return {
        node: (float(centre[i][0] + x * radius[i]), float(centre[i][1] + y * radius[i]))
        for i, pos in enumerate(inner)
        for node, (x, y) in pos.items()
    }
