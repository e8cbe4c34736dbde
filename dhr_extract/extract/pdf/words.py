"""pdfplumber's ``extract_words`` with its per-character loops written out for text set along the lines.

A page's characters are turned into words once, and on a plan page that was a fifth of the reading:
pdfplumber's ``WordExtractor`` tests each character through a method with keyword arguments and a
nested generator, and measures each word's box through ``zip``.  ``FastWordExtractor`` makes the same
decisions (the same comparisons on the same numbers, so the same words, boxes and characters) in
plain loops, for upright characters read left to right with fixed tolerances; anything else (text set
vertically, tolerances as ratios, blank characters kept, splitting at punctuation) takes
pdfplumber's own path.
"""
from __future__ import annotations

from operator import itemgetter
from typing import Any, Generator, Iterable

from pdfplumber.utils.clustering import cluster_objects
from pdfplumber.utils.text import WordExtractor

Char = dict[str, Any]
TOP = itemgetter("top")  # pdfplumber's line key for text read top to bottom
ALONG = itemgetter("x0", "x0")  # its sort key for characters read left to right: the same tuple


class FastWordExtractor(WordExtractor):
    """``WordExtractor`` with the left-to-right case of its loops written out (``extract_words``)."""

    def fast(self, direction: str) -> bool:
        """Whether the written-out loops apply: left to right, fixed tolerances, no blank characters
        kept and no splitting at punctuation."""
        return (direction == "ltr" and self.x_tolerance_ratio is None and self.y_tolerance_ratio is None
                and not self.keep_blank_chars and not self.split_at_punctuation)

    def iter_chars_to_lines(self, chars: Iterable[Char]) -> Generator[tuple[list[Char], str], None, None]:
        chars = list(chars)
        upright = chars[0]["upright"]
        char_dir = self.get_char_dir(upright)
        if not (upright and self.line_dir == "ttb" and char_dir == "ltr"):
            yield from super().iter_chars_to_lines(chars)
            return
        for line in cluster_objects(chars, TOP, self.y_tolerance):
            yield sorted(line, key=ALONG), char_dir

    def iter_chars_to_words(self, ordered_chars: Iterable[Char],
                            direction: str) -> Generator[list[Char], None, None]:
        if not self.fast(direction):
            yield from super().iter_chars_to_words(ordered_chars, direction)
            return
        x_tolerance, y_tolerance = self.x_tolerance, self.y_tolerance
        word: list[Char] = []
        for char in ordered_chars:
            text = char["text"]
            if text.isspace():  # a blank ends the word
                if word:
                    yield word
                word = []
            elif text == "":  # pdfplumber: "" is "in" any punctuation, so it is a word of its own
                if word:
                    yield word
                yield [char]
                word = []
            elif word:
                prev = word[-1]
                x = char["x0"]
                if x < prev["x0"] or x > prev["x1"] + x_tolerance or abs(char["top"] - prev["top"]) > y_tolerance:
                    yield word
                    word = [char]
                else:
                    word.append(char)
            else:
                word = [char]
        if word:
            yield word

    def merge_chars(self, ordered_chars: list[Char]) -> Char:
        first = ordered_chars[0]
        if len(ordered_chars) > 1:
            x0, top = min([c["x0"] for c in ordered_chars]), min([c["top"] for c in ordered_chars])
            x1, bottom = max([c["x1"] for c in ordered_chars]), max([c["bottom"] for c in ordered_chars])
        else:
            x0, top, x1, bottom = first["x0"], first["top"], first["x1"], first["bottom"]
        expansions = self.expansions
        word = {
            "text": "".join([expansions.get(c["text"], c["text"] or "") for c in ordered_chars]),
            "x0": x0, "x1": x1, "top": top, "doctop": top + (first["doctop"] - first["top"]), "bottom": bottom,
            "upright": first["upright"], "height": bottom - top, "width": x1 - x0,
            "direction": self.get_char_dir(first["upright"]),
        }
        for key in self.extra_attrs:
            word[key] = first[key]
        return word

    def extract_words(self, chars: list[Char], return_chars: bool = False) -> list[Char]:
        if not return_chars:
            return super().extract_words(chars, return_chars)
        words = []
        for word, word_chars in self.iter_extract_tuples(chars):
            word["chars"] = word_chars  # the word is new: pdfplumber copies it to add them
            words.append(word)
        return words


def extract_words(chars: list[Char], return_chars: bool = False, **settings: Any) -> list[Char]:
    """pdfplumber's ``extract_words``, the same words, faster on text set along the lines."""
    return FastWordExtractor(**settings).extract_words(chars, return_chars)


def join_letter_spaced(words: list[Char], settings: Any) -> list[Char]:
    """The words with each run of letter-spaced letters joined into its word: text set with letter spacing
    (small-capital headings) puts every letter further from the next than the word tolerance, so each
    reads as a word of its own (``I N F O R M A T I O N``).  Single letters in a row on one line, evenly
    spaced and closer than a word space, are one word; the space between two such words is wider than
    the letters' even gap, so it still parts them.  ``words`` are in reading order, as extracted."""
    out: list[Char] = []
    run: list[Char] = []
    for word in words:
        if run and not continues_spacing(run, word, settings):
            out.extend(joined_run(run, settings))
            run = []
        run.append(word)
    out.extend(joined_run(run, settings))
    return out


def continues_spacing(run: list[Char], word: Char, settings: Any) -> bool:
    """Whether ``word``, a single letter, goes on the run of single letters at the run's even gap (its
    first letters' gap: a kerned pair later in the run sets it no further off than kerning does)."""
    prev = run[-1]
    if len(word["text"]) != 1 or len(prev["text"]) != 1 or not word["text"].isalnum():
        return False
    gap = word["x0"] - prev["x1"]
    if abs(word["top"] - prev["top"]) > settings.word_y_tolerance or gap < 0:
        return False
    if gap > settings.letter_gap_em * max(word["height"], prev["height"]):
        return False
    height = min(word["height"], prev["height"])
    return len(run) < 2 or abs(gap - (run[1]["x0"] - run[0]["x1"])) <= settings.letter_gap_tolerance * height


def joined_run(run: list[Char], settings: Any) -> list[Char]:
    """The run as one word when it has enough letters to show an even spacing, else as it was."""
    if len(run) < settings.min_spaced_letters:
        return run
    first = run[0]
    x0, x1 = first["x0"], run[-1]["x1"]
    top, bottom = min(w["top"] for w in run), max(w["bottom"] for w in run)
    word = {**first, "text": "".join(w["text"] for w in run), "x0": x0, "x1": x1, "top": top,
            "bottom": bottom, "doctop": top + (first["doctop"] - first["top"]), "height": bottom - top,
            "width": x1 - x0}
    if "chars" in first:
        word["chars"] = tuple(c for w in run for c in w["chars"])
    return [word]
