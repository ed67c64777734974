"""Query results as tables: a pandas DataFrame with typed columns, SPARQL JSON, HTML in Jupyter.

:class:`QueryResult` is the rdflib :class:`~rdflib.query.Result` every query returns (rows
still iterate as before), with a few ways out for people who work with tables.
"""

from __future__ import annotations

import html
from typing import Any

from rdflib import BNode, Literal, URIRef, Variable
from rdflib.namespace import XSD
from rdflib.query import Result

from .errors import GovGraphError

HTML_ROWS = 50
_INTEGERS = {
    XSD.integer,
    XSD.int,
    XSD.long,
    XSD.short,
    XSD.byte,
    XSD.nonNegativeInteger,
    XSD.positiveInteger,
    XSD.negativeInteger,
    XSD.nonPositiveInteger,
    XSD.unsignedInt,
    XSD.unsignedLong,
    XSD.unsignedShort,
    XSD.unsignedByte,
}
_NUMBERS = {XSD.decimal, XSD.double, XSD.float}
_DATES = {XSD.date, XSD.dateTime, XSD.dateTimeStamp}


class QueryResult(Result):
    """The rows of a query, with :meth:`to_df`, :meth:`to_json` and a rich display in Jupyter."""

    @classmethod
    def of(cls, result: Result) -> QueryResult:
        """The same result (rows not read yet stay unread) as a :class:`QueryResult`."""
        if isinstance(result, QueryResult):
            return result
        wrapped = cls.__new__(cls)
        wrapped.__dict__.update(result.__dict__)
        return wrapped

    @property
    def names(self) -> list[str]:
        """The column names (the SELECT variables, without ``?``)."""
        return [str(v) for v in (self.vars or [])]

    def rows(self) -> list[list[Any]]:
        """The rows as lists of RDF terms (None where a variable is unbound)."""
        keys = [Variable(name) for name in self.names]
        return [[binding.get(key) for key in keys] for binding in self.bindings]

    def to_df(self) -> Any:
        """A pandas DataFrame: one column per variable, typed from the literals' datatypes.

        Dates and date-times become ``datetime64`` columns, integers nullable ``Int64``,
        decimals and doubles ``float64``, booleans ``boolean``; IRIs and text stay strings
        and unbound values are missing (``NaT``/``<NA>``/``None``). Needs pandas
        (``pip install 'govgraph[notebook]'``)."""
        if self.type != "SELECT":
            raise GovGraphError(f"a {self.type} query gives no table; to_df() needs a SELECT query")
        try:
            import pandas as pd
        except ImportError:
            raise GovGraphError("to_df() needs pandas: pip install 'govgraph[notebook]' (or pip install pandas)") from None
        rows = self.rows()
        columns = {}
        for index, name in enumerate(self.names):
            columns[name] = _column(pd, [row[index] for row in rows])
        return pd.DataFrame(columns, columns=self.names)

    def to_json(self) -> dict[str, Any]:
        """The result in the SPARQL 1.1 Query Results JSON format (values keep their datatypes)."""
        if self.type == "ASK":
            return {"head": {}, "boolean": bool(self.askAnswer)}
        if self.type != "SELECT":
            raise GovGraphError(f"a {self.type} query gives a graph, not rows: serialise result.graph instead")
        names = self.names
        bindings = []
        for row in self.rows():
            bindings.append({name: term_json(value) for name, value in zip(names, row, strict=True) if value is not None})
        return {"head": {"vars": names}, "results": {"bindings": bindings}}

    def _repr_html_(self) -> str:
        """An HTML table for Jupyter (the first rows; all values escaped)."""
        if self.type == "ASK":
            return f"<p>{'true' if self.askAnswer else 'false'}</p>"
        if self.type != "SELECT":
            return f"<p>a graph of {len(self.graph or [])} triples</p>"
        rows = self.rows()
        head = "".join(f"<th>{html.escape(name)}</th>" for name in self.names)
        body = []
        for row in rows[:HTML_ROWS]:
            cells = "".join(f"<td>{'' if value is None else html.escape(str(value))}</td>" for value in row)
            body.append(f"<tr>{cells}</tr>")
        more = f"<p>… {len(rows) - HTML_ROWS} more rows (result.to_df() for all)</p>" if len(rows) > HTML_ROWS else ""
        count = f"<p>{len(rows)} row{'s' if len(rows) != 1 else ''}</p>"
        return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>{more or count}"


def term_json(term: Any) -> dict[str, str]:
    """One RDF term as a SPARQL JSON results value."""
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    if isinstance(term, Literal):
        value = {"type": "literal", "value": str(term)}
        if term.language:
            value["xml:lang"] = term.language
        elif term.datatype is not None and term.datatype != XSD.string:
            value["datatype"] = str(term.datatype)
        return value
    return {"type": "literal", "value": str(term)}


def _column(pd: Any, terms: list[Any]) -> Any:
    """One typed pandas column from the terms of one variable."""
    present = [t for t in terms if t is not None]
    datatypes = {t.datatype if isinstance(t, Literal) else None for t in present}
    if present and datatypes <= _DATES and all(t.ill_typed is not True for t in present):
        return pd.to_datetime(pd.Series([None if t is None else t.toPython() for t in terms], dtype=object))
    if present and datatypes <= _INTEGERS:
        return pd.array([None if t is None else int(t.toPython()) for t in terms], dtype="Int64")
    if present and datatypes <= _INTEGERS | _NUMBERS:
        return pd.array([None if t is None else float(t.toPython()) for t in terms], dtype="float64")
    if present and datatypes == {XSD.boolean}:
        return pd.array([None if t is None else bool(t.toPython()) for t in terms], dtype="boolean")
    return pd.Series([None if t is None else str(t) for t in terms], dtype=object)
