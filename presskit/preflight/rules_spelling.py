"""The spelling rule: every prose field against the release language's dictionary."""

from __future__ import annotations

from collections.abc import Iterator

from presskit.preflight import messages as M
from presskit.preflight.engine import Context
from presskit.preflight.findings import Finding, finding
from presskit.preflight.spelling import compound_names, name_words, release_names, same_names


def spelling(ctx: Context) -> Iterator[Finding]:
    speller = ctx.speller
    if speller is None or not ctx.options.spelling:
        return
    language = M.language_name(speller.locale, ctx.ui_language)
    if not speller.available:
        missing = speller.missing
        if missing is not None and missing.kind == "library":
            message = ctx.t(M.NO_ENCHANT).format(detail=missing.detail)
        else:
            message = ctx.t(M.NO_DICTIONARY).format(
                language=language, package=missing.package if missing else "")
        yield finding("spelling", "language", message)
        return
    names = release_names(ctx.release, ctx.book)
    if ctx.kit is not None:
        names = same_names(names | kit_names(ctx))
    limit = ctx.options.suggestions
    for tf in ctx.texts():
        if not tf.prose:
            continue
        ctx.stop_if_cancelled()
        where = ctx.where(tf.field)
        for start, end, word in speller.misspellings(tf.text, ignore=names):
            suggestions = speller.suggest(word, limit) if limit > 0 else ()
            if suggestions:
                message = ctx.t(M.SPELLING_SUGGEST).format(
                    where=where, word=word, language=language,
                    suggestions=ctx.t(M.OR).join(ctx.t(M.QUOTED).format(text=s) for s in suggestions))
            else:
                message = ctx.t(M.SPELLING).format(where=where, word=word, language=language)
            yield finding("spelling", tf.field, message, word=word, start=start, end=end,
                          suggestions=suggestions)


def kit_names(ctx: Context) -> frozenset[str]:
    """Names a kit adds: its photos' credits and rights holders, and words named with a
    number in its documents and captions."""
    texts = [tf.text for tf in ctx.texts() if tf.field.startswith("items[")]
    names = compound_names(texts)
    for item in ctx.kit.items:
        for text in (getattr(item, "credit", ""), getattr(item, "rights", "")):
            names |= name_words(text)
    return frozenset(names)


RULES = [spelling]
