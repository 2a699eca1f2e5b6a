"""Compose + PDF speed, cold `presskit export`, and LibreOffice converting the same release.

    python benchmarks/bench_pdf.py [--runs N] [--no-libreoffice]

Prints median and p95 for 1-, 2-, 5-, 20- and 100-page releases (cost should grow
linearly), the cold command-line export time, and LibreOffice's DOCX -> PDF conversion
of the same 2-page release measured in the same run, with the ratios; then the layout
of very long text: one 20,000-word paragraph beside the same words in 200 paragraphs,
a 1 MB title and a 1 MB word.
Targets: 2 pages <= 15 ms, 100 pages <= 400 ms in-process; in-process >= 25x faster and
cold CLI >= 6x faster than LibreOffice; one paragraph within 2x of 200 paragraphs; the
1 MB title and the 1 MB word in seconds (<= 5 s each).

    python benchmarks/bench_pdf.py --linear-only    # just the long-text figures
"""

from __future__ import annotations

import argparse
import compileall
import copy
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("PRESSKIT_DATA_DIR", tempfile.mkdtemp(prefix="presskit-bench-"))

from presskit import draft  # noqa: E402
from presskit.compose import compose  # noqa: E402
from presskit.model import Release  # noqa: E402
from presskit.renderers.pdf import render_pdf  # noqa: E402

EXAMPLE = REPO / "examples" / "release-en.presskit"


def release_of_pages(target: int) -> Release:
    """The English example with its body repeated until the PDF has *target* pages."""
    base = draft.load(EXAMPLE)
    paragraphs = [p for p in base.body.split("\n\n") if p.strip()]

    def build(n: int) -> Release:
        r = copy.deepcopy(base)
        r.body = "\n\n".join(paragraphs[i % len(paragraphs)] for i in range(n))
        return r

    if target == 1:
        r = copy.deepcopy(base)
        r.body = paragraphs[0]
        r.quotes = r.quotes[:1]
        r.boilerplate = ""
        return r
    lo, hi = 1, 8
    while render_pdf(compose(build(hi))).pages < target:
        hi *= 2
    while lo < hi:  # smallest paragraph count reaching the target page count
        mid = (lo + hi) // 2
        if render_pdf(compose(build(mid))).pages < target:
            lo = mid + 1
        else:
            hi = mid
    return build(lo)


def timed(fn, runs: int) -> list[float]:  # type: ignore[no-untyped-def]
    fn()
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def p95(xs: list[float]) -> float:
    s = sorted(xs)
    return s[min(len(s) - 1, round(0.95 * (len(s) - 1)))]


def ms(x: float) -> str:
    return f"{x * 1000:8.1f} ms"


def soffice_time(docx: Path, runs: int) -> float | None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        profile = Path(tmp) / "profile"
        cmd = [soffice, f"-env:UserInstallation=file://{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", tmp, str(docx)]
        subprocess.run(cmd, capture_output=True, timeout=300, check=False)  # creates the profile
        times = []
        for _ in range(runs):
            t = time.perf_counter()
            subprocess.run(cmd, capture_output=True, timeout=300, check=False)
            times.append(time.perf_counter() - t)
        return statistics.median(times)


def make_docx(release: Release, path: Path) -> None:
    from presskit.export import RENDERERS

    doc = compose(release)
    if "docx" in RENDERERS:
        path.write_bytes(RENDERERS["docx"](doc, release, {}).data)
        return
    import docx  # python-docx: a plain equivalent until the DOCX renderer is registered

    d = docx.Document()
    for text in doc.plain_text_blocks():
        d.add_paragraph(text)
    d.save(str(path))


# What any export must import besides Presskit itself, imported the way the command does.
_IMPORT_FLOOR = """
from presskit import deferred
deferred.defer()
from presskit.renderers.rl import patches as rl_patches
rl_patches.paragraph_module()
import reportlab.platypus, reportlab.pdfbase.ttfonts, reportlab.pdfgen.canvas
import markdown_it, babel.dates, babel.core, phonenumbers
"""


def _plain_words(n: int) -> list[str]:
    """*n* words of the English example's body, Markdown marks removed, repeated."""
    text = draft.load(EXAMPLE).body
    words = [w.strip("*_[]()#>") for w in text.split()]
    words = [w for w in words if w and not w.startswith("http")]
    return [words[i % len(words)] for i in range(n)]


def linear_layout(runs: int) -> None:
    """Layout time of long text: within one paragraph it must grow linearly."""
    words = _plain_words(20_000)
    one = Release(language="en_US", title="One paragraph", body=" ".join(words))
    many = Release(language="en_US", title="One paragraph",
                   body="\n\n".join(" ".join(words[k:k + 100]) for k in range(0, 20_000, 100)))
    t_one = statistics.median(timed(lambda: render_pdf(compose(one)), runs))
    t_many = statistics.median(timed(lambda: render_pdf(compose(many)), runs))
    ratio = t_one / t_many
    print("\nLong text (compose + PDF, in-process)")
    print(f"  20,000 words in one paragraph:   {ms(t_one)}")
    print(f"  the same words in 200 paragraphs: {ms(t_many)}")
    print(f"  one paragraph / 200 paragraphs = {ratio:.2f}x (target <= 2x): "
          f"{'met' if ratio <= 2 else 'MISSED'}")
    megabyte = 1_000_000
    title_words: list[str] = []
    size = 0
    for word in _plain_words(megabyte // 3):
        if size >= megabyte:
            break
        title_words.append(word)
        size += len(word) + 1
    cases = [("1 MB title (words)", Release(language="en_US", title=" ".join(title_words))),
             ("1 MB word in the body", Release(language="en_US", title="T", body="x" * megabyte))]
    for name, release in cases:
        t = time.perf_counter()
        res = render_pdf(compose(release))
        took = time.perf_counter() - t
        print(f"  {name}: {took:6.2f} s, {res.pages} pages (target <= 5 s): "
              f"{'met' if took <= 5 else 'MISSED'}")


def tagging_cost(runs: int) -> None:
    """Compose + PDF with and without the tags (issue 11: at most 10% more at 2 and 100
    pages). The two variants alternate run by run, so drift on a shared machine hits both."""
    print("\nCost of tagging (compose + PDF, median; target: tagged <= 1.10x untagged)")
    print(f"{'pages':>6} {'untagged':>11} {'tagged':>11} {'ratio':>7}")
    for pages in (2, 100):
        release = release_of_pages(pages)
        n = runs if pages <= 20 else max(5, runs // 5)
        plain: list[float] = []
        tagged: list[float] = []
        for _ in range(n):
            plain += timed(lambda r=release: render_pdf(compose(r), tagged=False), 1)
            tagged += timed(lambda r=release: render_pdf(compose(r)), 1)
        a, b = statistics.median(plain), statistics.median(tagged)
        verdict = "met" if b <= a * 1.10 else "MISSED"
        print(f"{pages:>6} {ms(a)} {ms(b)} {b / a:6.3f}x  {verdict}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--no-libreoffice", action="store_true")
    ap.add_argument("--linear-only", action="store_true", help="only the long-text figures")
    ap.add_argument("--tagging-only", action="store_true", help="only the cost of tagging")
    args = ap.parse_args()
    if args.tagging_only:
        tagging_cost(args.runs)
        return
    if args.linear_only:
        linear_layout(max(3, args.runs // 6))
        return

    print("Compose + PDF, in-process")
    print(f"{'pages':>6} {'median':>11} {'p95':>11} {'per page':>11}")
    results: dict[int, float] = {}
    for pages in (1, 2, 5, 20, 100):
        release = release_of_pages(pages)
        runs = args.runs if pages <= 20 else max(5, args.runs // 5)
        times = timed(lambda r=release: render_pdf(compose(r)), runs)
        med = statistics.median(times)
        results[pages] = med
        print(f"{pages:>6} {ms(med)} {ms(p95(times))} {ms(med / pages)}")

    tagging_cost(args.runs)

    with tempfile.TemporaryDirectory() as tmp:
        two = release_of_pages(2)
        src = Path(tmp) / "two.presskit"
        draft.save(two, src, backup=False)
        # An installed wheel has its modules byte-compiled (pip does it); so must this checkout,
        # or the cold figure would include compiling Presskit's own sources on every run.
        compileall.compile_dir(str(REPO / "presskit"), quiet=1)
        cmd = [sys.executable, "-m", "presskit", "export", str(src), "--pdf",
               str(Path(tmp) / "two.pdf"), "-q"]

        def cold_runs(n: int, fresh_cache: bool) -> list[float]:
            out = []
            for i in range(n):
                data = Path(tmp) / (f"data-{i}" if fresh_cache else "data")
                env = dict(os.environ, PRESSKIT_DATA_DIR=str(data))
                t = time.perf_counter()
                subprocess.run(cmd, check=True, capture_output=True, env=env)
                out.append(time.perf_counter() - t)
            return out

        first = statistics.median(cold_runs(5, fresh_cache=True))
        cold_runs(1, fresh_cache=False)  # fills the font and logo caches
        cold_med = statistics.median(cold_runs(9, fresh_cache=False))
        print(f"\nCold `presskit export --pdf` (2 pages): median {ms(cold_med)}")
        print(f"  first export on a machine (empty font/logo cache): {ms(first)}")
        py = []
        for _ in range(7):
            t = time.perf_counter()
            subprocess.run([sys.executable, "-c", "pass"], check=True)
            py.append(time.perf_counter() - t)
        print(f"  (bare Python start-up: {ms(statistics.median(py))})")
        floor = []
        for _ in range(9):
            t = time.perf_counter()
            subprocess.run([sys.executable, "-c", _IMPORT_FLOOR], check=True)
            floor.append(time.perf_counter() - t)
        print(f"  (start-up plus the third-party imports every export needs: "
              f"{ms(statistics.median(floor))})")

        if not args.no_libreoffice:
            docx = Path(tmp) / "two.docx"
            make_docx(two, docx)
            lo = soffice_time(docx, 3)
            if lo is None:
                print("\nLibreOffice not installed: no comparison")
            else:
                print(f"\nLibreOffice DOCX -> PDF of the same release: median {ms(lo)}")
                print(f"  in-process compose+PDF is {lo / results[2]:6.1f}x faster (target >= 25x)")
                print(f"  cold presskit export is  {lo / cold_med:6.1f}x faster (target >= 6x)")
                print(f"  first export on a machine {lo / first:6.1f}x faster")
    linear_layout(max(3, args.runs // 6))
    print(f"\nTargets: 2 pages {ms(results[2])} (<= 15 ms), 100 pages {ms(results[100])} (<= 400 ms)")
    print(f"Linearity: 100-page / 20-page time = {results[100] / results[20]:.1f} (5.0 is linear)")


if __name__ == "__main__":
    main()
