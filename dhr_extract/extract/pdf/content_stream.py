"""A page's content streams -> the operands and operators pdfminer's ``PDFContentParser`` yields,
read with regular expressions over the whole stream instead of pdfminer's byte-by-byte states.

pdfminer tokenises a content stream one small step at a time in Python; on a plan page that is
about half of its parse.  ``content_objects`` gives the same objects, one for one: the same
numbers (a lone sign dropped, "1.2.3" read as 1.2 then .3), strings, names, arrays, dictionaries
and keywords.  pdfminer reads each stream in 4096-byte chunks, and a few of its states misread a
token cut by a chunk's end ("<<" cut in two, a string's escaped line end) or by a stream's end; where
such a cut falls, or the stream holds what this reader leaves to pdfminer (inline images, "#"
escapes in names, unterminated tokens, a malformed dictionary), ``Unsupported`` is raised and
``FastInterpreter`` runs pdfminer's own parser on the stream instead.
"""
from __future__ import annotations

import logging
import re
from binascii import unhexlify
from bisect import bisect_right
from typing import Any, Callable, Sequence

from pdfminer import settings as pdfminer_settings
from pdfminer.pdfinterp import PDFPageInterpreter
from pdfminer.pdftypes import PDFStream, stream_value
from pdfminer.psparser import (
    KEYWORD_ARRAY_BEGIN, KEYWORD_ARRAY_END, KEYWORD_DICT_BEGIN, KEYWORD_DICT_END, KEYWORD_PROC_BEGIN,
    KEYWORD_PROC_END, KWD, LIT, PSBaseParser, PSKeyword, keyword_name, literal_name,
)

LOG = logging.getLogger(__name__)
CHUNK = PSBaseParser.BUFSIZ  # pdfminer reads a stream this many bytes at a time
# One token of pdfminer's main state (after the white space and comments it skips), in the order
# its ``_parse_main`` tries them; the empty match at the end of the data has no group.
TOKEN = re.compile(
    rb"(?:[\s\x00]+|%[^\r\n]*)*"
    rb"(?:(?P<number>(?=[-+.0-9])[-+]?[0-9]*(?:\.[0-9]*)?)"
    rb"|(?P<keyword>[A-Za-z][^#/%\[\]()<>{}\s]*)"
    rb"|/(?P<literal>[^#/%\[\]()<>{}\s]*)"
    rb"|\((?P<string>[^()\\]*)\)"
    rb"|(?P<complex>\()"
    rb"|(?P<dict><<)"
    rb"|<(?P<hex>[0-9A-Fa-f\s]*)(?P<hexclose>>(?!>))?"  # its ">" too, unless ">>" follows
    rb"|(?P<close>>>?)"
    rb"|(?P<other>.)"
    rb"|$)",
    re.S,
)
SPACE = re.compile(rb"\s")
OCTAL = b"01234567"
ESCAPES = {ord("b"): 8, ord("t"): 9, ord("n"): 10, ord("f"): 12, ord("r"): 13, ord("("): 40, ord(")"): 41,
           ord("\\"): 92}
INLINE_IMAGE = (KWD(b"BI"), KWD(b"ID"))
CLOSERS = {KEYWORD_ARRAY_END: "a", KEYWORD_DICT_END: "d", KEYWORD_PROC_END: "p"}
OPENERS = {KEYWORD_ARRAY_BEGIN: "a", KEYWORD_DICT_BEGIN: "d", KEYWORD_PROC_BEGIN: "p"}


class Unsupported(Exception):
    """The stream holds something this reader leaves to pdfminer's own parser."""


def content_objects(datas: Sequence[bytes]) -> list[Any]:
    """The top-level objects pdfminer's ``PDFContentParser`` yields for these streams, in order."""
    data = b"\n".join(datas)  # pdfminer ends a token cut by a stream's end as if by a newline
    joins, chunk_cuts = stream_cuts(datas)
    tokens, risky = tokenise(data)
    check_cuts(data, joins, chunk_cuts, risky)
    return tokens_to_objects(tokens)


def stream_cuts(datas: Sequence[bytes]) -> tuple[list[int], list[int]]:
    """Offsets in the joined data of the newlines put between streams, and of pdfminer's chunk ends."""
    joins, chunk_cuts = [], []
    start = 0
    for k, stream in enumerate(datas):
        chunk_cuts.extend(range(start + CHUNK, start + len(stream), CHUNK))
        start += len(stream)
        if k < len(datas) - 1:
            joins.append(start)
            start += 1
    return joins, chunk_cuts


def tokenise(data: bytes) -> tuple[list[Any], list[tuple[int, int, str]]]:
    """pdfminer's tokens, and the spans (start, end, kind) of the tokens a cut could misread."""
    tokens: list[Any] = []
    risky: list[tuple[int, int, str]] = []
    keywords: dict[bytes, Any] = {b"true": True, b"false": False}
    pos: int | None = 0
    while pos is not None:  # the regular expression stops at each string with escapes or nesting
        pos = scan_tokens(data, pos, tokens, risky, keywords)
    return tokens, risky


def scan_tokens(data: bytes, pos: int, tokens: list[Any], risky: list[tuple[int, int, str]],
                keywords: dict[bytes, Any]) -> int | None:
    """Tokens from ``pos`` on, up to a string the regular expression cannot read: the offset after
    that string (to scan on from), or None at the end of the data.  Numbers and keywords, most of
    a page, are read inline; the rarer tokens by ``RARE_TOKENS``."""
    add = tokens.append
    for m in TOKEN.finditer(data, pos):
        kind = m.lastgroup
        if kind == "number":
            text = m.group(kind)
            try:
                add(float(text) if b"." in text else int(text))
            except ValueError:
                pass  # "-", "." or "+.": pdfminer drops them
        elif kind == "keyword":
            word = m.group(kind)
            token = keywords.get(word)
            if token is None:
                token = keywords[word] = KWD(word)
            add(token)
        elif kind == "complex":
            text, after = read_string(data, m.end())
            add(text)
            risky.append((m.start(kind), after, "escaped string"))
            return after
        elif kind is not None:
            RARE_TOKENS[kind](m, data, tokens, risky)
    return None


def hex_token(m: re.Match[bytes], data: bytes, tokens: list[Any], risky: list[tuple[int, int, str]]) -> None:
    """A hex string, and the ">" that closes it when matched with it (one match instead of two: the
    same token and the same risky spans as when that ">" is read as ``angle_token`` reads it)."""
    closed = m.start("hexclose")  # -1 when the ">" is not in the match
    if closed < 0 and m.end() == len(data):
        raise Unsupported("unterminated hex string")  # pdfminer drops it
    digits = m.group("hex")
    tokens.append(hex_to_bytes(digits if digits.isalnum() else SPACE.sub(b"", digits)))  # alphanumeric: no spaces
    risky.append((m.start("hex") - 1, m.end("hex"), "hex"))
    if closed >= 0:
        risky.append((closed, closed + 1, "angle"))


def string_token(m: re.Match[bytes], data: bytes, tokens: list[Any], risky: list[tuple[int, int, str]]) -> None:
    tokens.append(m.group("string"))
    risky.append((m.start("string") - 1, m.end(), "string"))


def literal_token(m: re.Match[bytes], data: bytes, tokens: list[Any], risky: list[tuple[int, int, str]]) -> None:
    tokens.append(name_token(m.group("literal"), data[m.end():m.end() + 1]))
    if m.end() == m.start("literal"):
        risky.append((m.start("literal") - 1, m.end(), "slash"))


def angle_token(m: re.Match[bytes], data: bytes, tokens: list[Any], risky: list[tuple[int, int, str]]) -> None:
    kind = m.lastgroup or ""
    if kind == "dict":
        tokens.append(KEYWORD_DICT_BEGIN)
    elif m.end() - m.start(kind) == 2:
        tokens.append(KEYWORD_DICT_END)
    risky.append((m.start(kind), m.end(), "angle"))


def other_token(m: re.Match[bytes], data: bytes, tokens: list[Any], risky: list[tuple[int, int, str]]) -> None:
    tokens.append(KWD(m.group("other")))


RARE_TOKENS: dict[str, Callable[[re.Match[bytes], bytes, list[Any], list[tuple[int, int, str]]], None]] = {
    "hex": hex_token, "hexclose": hex_token, "string": string_token, "literal": literal_token,
    "dict": angle_token, "close": angle_token,
    "other": other_token,
}


def hex_to_bytes(digits: bytes) -> bytes:
    """A hex string's bytes; an odd last digit is a byte of its own (pdfminer's reading)."""
    if len(digits) % 2:
        return unhexlify(digits[:-1]) + bytes((int(digits[-1:], 16),))
    return unhexlify(digits)


def name_token(raw: bytes, after: bytes) -> Any:
    """A name (``/Name``) as pdfminer's literal: its text when it is UTF-8, else its bytes."""
    if after == b"#":
        raise Unsupported("'#' escape in a name")
    try:
        return LIT(str(raw, "utf-8"))
    except UnicodeDecodeError:
        return LIT(raw)


def read_string(data: bytes, pos: int) -> tuple[bytes, int]:
    """A literal string with nested parentheses or escapes, from just after its "(": (its bytes, the
    offset after its ")"), decoded as pdfminer's ``_parse_string`` does (an unknown escape drops
    the character after the backslash too)."""
    out = bytearray()
    depth = 1
    end = len(data)
    while pos < end:
        c = data[pos]
        if c == 0x5C:  # backslash
            pos += 1
            digits = 0
            while digits < 3 and pos + digits < end and data[pos + digits] in OCTAL:
                digits += 1
            if digits:
                code = int(data[pos:pos + digits], 8)
                if code >= 256:
                    raise Unsupported("octal escape above 255")  # pdfminer fails an assertion
                out.append(code)
                pos += digits
                continue
            if pos >= end:
                break
            c = data[pos]
            if c in ESCAPES:
                out.append(ESCAPES[c])
            elif c == 0x0D and data[pos + 1:pos + 2] == b"\n":
                pos += 1
            pos += 1
            continue
        if c == 0x28:
            depth += 1
        elif c == 0x29:
            depth -= 1
            if not depth:
                return bytes(out), pos + 1
        out.append(c)
        pos += 1
    raise Unsupported("unterminated string")


def check_cuts(data: bytes, joins: list[int], chunk_cuts: list[int], risky: list[tuple[int, int, str]]) -> None:
    """Raise ``Unsupported`` where pdfminer, reading chunk by chunk and stream by stream, would
    read a token differently from reading the data whole."""
    starts = [start for start, _, _ in risky]
    for cut in chunk_cuts:  # the chunk ends before ``cut``
        k = bisect_right(starts, cut - 1) - 1
        if k < 0:
            continue
        start, stop, kind = risky[k]
        if kind == "angle" and start < cut < stop:
            raise Unsupported("'<<' or '>>' cut by a chunk's end")
        # pdfminer carries a string's escape across a chunk's end (an octal one too) but for one
        # case: "\\" then a carriage return ending the chunk, whose line feed (which the escape
        # swallows) it then keeps as a character of the string
        if kind == "escaped string" and start < cut < stop and data[cut - 2:cut + 1] == b"\\\r\n":
            raise Unsupported("a string's escaped line end cut by a chunk's end")
    for join in joins:  # the newline put at ``join`` between two streams
        k = bisect_right(starts, join) - 1
        if k < 0:
            continue
        start, stop, kind = risky[k]
        if start < join < stop or (stop == join and kind in ("slash", "angle")):
            raise Unsupported(f"a {kind} token cut by a stream's end")


def tokens_to_objects(tokens: list[Any]) -> list[Any]:
    """The objects pdfminer's ``PSStackParser.nextobject`` builds from tokens: arrays, dictionaries
    and procedures collected, a closer that matches no opener dropped, an unclosed one lost."""
    results: list[Any] = []
    stack: list[Any] = results  # the objects of the innermost open array / dictionary / procedure
    context: list[tuple[str, list[Any]]] = []  # (type, the enclosing stack) of each open one
    for token in tokens:
        if isinstance(token, PSKeyword):
            if token in OPENERS:
                context.append((OPENERS[token], stack))
                stack = []
                continue
            if token in CLOSERS:
                if not context or context[-1][0] != CLOSERS[token]:
                    if pdfminer_settings.STRICT:
                        raise Unsupported("a closer matching no opener")
                    continue
                kind, outer = context.pop()
                outer.append(stack if kind != "d" else to_dictionary(stack))
                stack = outer
                continue
            if token in INLINE_IMAGE:
                raise Unsupported("inline image")
        stack.append(token)
    return results  # what an unclosed construct held never reached them


def to_dictionary(objs: list[Any]) -> dict[str, Any]:
    if len(objs) % 2:
        raise Unsupported("a dictionary with an odd number of objects")  # pdfminer raises PSSyntaxError
    return {literal_name(k): v for k, v in zip(objs[::2], objs[1::2]) if v is not None}


class FastInterpreter(PDFPageInterpreter):
    """pdfminer's page interpreter, with its content streams read by ``content_objects`` (and by
    pdfminer's own parser when that raises ``Unsupported``)."""

    def execute(self, streams: Sequence[object]) -> None:
        objects = self.fast_objects(streams)
        if objects is None:
            super().execute(streams)
            return
        self.stream_ids.clear()
        self.stream_ids.update(stream_value(s).objid for s in streams)  # type: ignore[misc]
        for obj in objects:
            if isinstance(obj, PSKeyword):
                self.run_operator(obj)
            else:
                self.push(obj)

    def fast_objects(self, streams: Sequence[object]) -> list[Any] | None:
        """The streams' objects, or None for pdfminer's own parser: an inline stream, a stream
        already being run (pdfminer skips it with a warning), a stream that fails to decode, or
        ``Unsupported``."""
        values: list[PDFStream] = [stream_value(s) for s in streams]
        if any(s.objid is None or s.objid in self.parent_stream_ids for s in values):
            return None
        try:
            datas = [s.get_data() for s in values]
        except Exception as exc:  # noqa: BLE001 — a stream that fails to decode fails in pdfminer's own order
            LOG.debug("content stream left to pdfminer (%s: %s)", type(exc).__name__, exc)
            return None
        try:
            return content_objects(datas)
        except Unsupported:
            return None

    def run_operator(self, keyword: PSKeyword) -> None:
        """What pdfminer's ``execute`` does with an operator: its ``do_`` method called with as many
        operands as it takes (nothing when too few are on the stack; they are popped all the same)."""
        entry = operator_method(type(self), keyword)
        if entry is None:
            if pdfminer_settings.STRICT:
                from pdfminer.pdfinterp import PDFInterpreterError

                raise PDFInterpreterError(f"Unknown operator: {keyword_name(keyword)!r}")
            return
        func, nargs = entry
        if nargs:
            args = self.pop(nargs)
            if len(args) == nargs:
                func(self, *args)
        else:
            func(self)


OPERATORS: dict[tuple[type, PSKeyword], tuple[Callable[..., Any], int] | None] = {}


def operator_method(cls: type, keyword: PSKeyword) -> tuple[Callable[..., Any], int] | None:
    """The interpreter class's ``do_`` function for an operator and the operands it takes, looked up
    once per class (functions, not bound methods: a bound method kept by the interpreter would tie
    it, its device and the page's layout in a cycle that only the garbage collector frees)."""
    key = (cls, keyword)
    entry = OPERATORS.get(key)
    if entry is None:
        name = keyword_name(keyword)
        func = getattr(cls, "do_" + name.replace("*", "_a").replace('"', "_w").replace("'", "_q"), None)
        if func is None:
            return None  # not kept: junk in a damaged stream would grow the table
        entry = OPERATORS[key] = (func, func.__code__.co_argcount - 1)
    return entry
