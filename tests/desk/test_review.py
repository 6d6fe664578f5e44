"""The review sheet: highlights found in place, markup well nested and escaped, and the page in a real browser.

The browser tests drive Debian's Chromium (/usr/bin/chromium, `apt-get install chromium`; .ci/run installs
it) headless through the Chrome DevTools Protocol over `--remote-debugging-pipe`: JSON messages on file
descriptors 3 and 4, the transport Playwright and Puppeteer use. It needs no Python package, no port and
no browser download. They skip where chromium is absent.

The sample batch's screenshot and page are saved to $CAPTIONS_TEST_ARTEFACTS (a directory, created when
missing), else to pytest's temporary directory (…/pytest-of-USER/pytest-N/review0/).
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from captions import CaptionRecord, Normaliser
from captions._desk._review import find_highlights, render_review
from captions._inputs import read_inputs
from captions._model import Location, Provenance, ProvenanceKind, RecordWarning, WarningCode
from tests.conftest import ROOT

SEED_3 = (
    "People walk towards an evacuation train in Pokrovsk railway station, eastern Ukraine, Saturday, "
    "June 11, 2022. (AP Photo/Efrem Lukatsky)"
)
SCRIPT_CAPTION = (
    'Protesters hold a sign reading "<script>window.pwned = 1</script>" in Kyiv, Ukraine, June 12, 2022. '
    "(AP Photo/Ann Lee)"
)


def _texts(record: CaptionRecord) -> list[tuple[str, str]]:
    return [(h.kind, record.description[h.start : h.end]) for h in find_highlights(record)]


# -- highlights -----------------------------------------------------------------------------------------


def test_highlights_find_each_part_in_place(normaliser: Normaliser) -> None:
    record = normaliser.normalise(SEED_3)
    assert _texts(record) == [
        ("place", "in Pokrovsk railway station, eastern Ukraine"),
        ("date", "Saturday, June 11, 2022"),
        ("credit", "(AP Photo/Efrem Lukatsky)"),
    ]


def test_highlights_of_people_provenance_and_restrictions(normaliser: Normaliser) -> None:
    record = normaliser.normalise(
        "This handout photograph released by the Ukrainian Presidential Press Service on March 7, 2024 shows "
        "President Volodymyr Zelensky (C) visiting troops near Kupiansk, in the Kharkiv region. (Photo by "
        "Handout / UKRAINIAN PRESIDENTIAL PRESS SERVICE / AFP) / RESTRICTED TO EDITORIAL USE - MANDATORY "
        "CREDIT",
        reference_date="2024-03-08",
    )
    found = _texts(record)
    assert ("person", "Volodymyr Zelensky") in found
    assert ("date", "March 7, 2024") in found
    assert ("place", "near Kupiansk, in the Kharkiv region") in found
    assert ("restriction", "RESTRICTED TO EDITORIAL USE") in found
    assert ("restriction", "MANDATORY CREDIT") in found
    provenance = [text for kind, text in found if kind == "provenance"]
    assert provenance and provenance[0].startswith("This handout photograph released by")


def test_highlights_of_a_dateline_place_and_a_weekday(normaliser: Normaliser) -> None:
    berlin = normaliser.normalise(
        "07.03.2024, Berlin: Demonstranten stehen vor dem Reichstag. Foto: Jana Weber/dpa"
    )
    assert ("place", "Berlin") in _texts(berlin)
    assert ("date", "07.03.2024") in _texts(berlin)
    rafah = normaliser.normalise(
        "Residents collect water on Sunday in Rafah, Gaza Strip. (AP Photo/Hatem Ali)",
        reference_date="2024-03-12",
    )
    assert ("date", "Sunday") in _texts(rafah)


def test_highlights_of_date_warnings_show_the_text_they_quote(normaliser: Normaliser) -> None:
    record = normaliser.normalise("Children play in Kharkiv, Ukraine, on June 11. (AP Photo/Marta Kos)")
    assert record.date_created is None
    assert ("date", "June 11") in _texts(record)


def test_a_value_not_in_the_text_is_left_out() -> None:
    record = CaptionRecord(
        id="x",
        caption="Rain in town.",
        description="Rain in town.",
        credit_line="AP Photo",
        location=Location(city="Paris", text="in Lyon"),
        date_created="2022-06-11",
    )
    assert find_highlights(record) == []


def test_highlights_match_whole_words_and_ignore_case_when_they_must() -> None:
    record = CaptionRecord(
        id="x",
        caption="",
        description="KYIVSKA street in KYIV. Credit: AP",
        location=Location(city="Kyiv", text="in Kyiv"),
    )
    assert _texts(record) == [("place", "in KYIV")]


# -- markup ---------------------------------------------------------------------------------------------


class _Checker(HTMLParser):
    """Fails on a closing tag that is not the innermost open one; collects the text of the captions."""

    VOID = frozenset({"meta", "link", "input", "br", "path", "circle"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.captions: list[str] = []
        self.scripts = 0
        self._in_caption = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "script":
            self.scripts += 1
        if tag in self.VOID:
            return
        self.stack.append(tag)
        if tag == "p" and ("class", "text") in attrs:
            self._in_caption = len(self.stack)
            self.captions.append("")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        pass

    def handle_endtag(self, tag: str) -> None:
        if tag in self.VOID:
            return
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack[-1:]}"
        if self._in_caption == len(self.stack):
            self._in_caption = 0
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self._in_caption:
            self.captions[-1] += data


def _check(page: str) -> _Checker:
    checker = _Checker()
    checker.feed(page)
    checker.close()
    assert checker.stack == [], f"left open: {checker.stack}"
    return checker


def test_overlapping_highlights_nest_well_and_keep_the_text() -> None:
    text = "FILE - Commuters wait in Tokyo, Friday, Oct. 13, 2023. (AP Photo/Kenji Morita, File) <b>&amp;"
    record = CaptionRecord(
        id="x",
        caption=text,
        description=text,
        credit_line="AP Photo/Kenji Morita, File",
        date_created="2023-10-13",
        provenance=(
            Provenance(kind=ProvenanceKind.FILE, text="FILE -"),
            Provenance(kind=ProvenanceKind.FILE, text="Kenji Morita, File) <b>"),  # straddles the credit
        ),
    )
    page = render_review([record])
    checker = _check(page)
    assert checker.captions == [text]
    assert page.count('class="k-provenance') == 3  # "FILE -", then the straddling one cut in two


def test_every_text_is_escaped_and_only_the_sheet_script_is_there() -> None:
    evil = '<script>alert(1)</script><img src=x onerror="alert(2)">'
    record = CaptionRecord(
        id=evil,
        caption=evil,
        description=evil,
        credit_line=evil,
        creator=evil,
        source=evil,
        location=Location(city=evil, note=evil, text=evil, latitude=1.0, longitude=2.0),
        warnings=(RecordWarning(code=WarningCode.PLACEHOLDER, message=evil),),
        meta={evil: evil},
    )
    page = render_review([record], title=evil)
    checker = _check(page)
    assert checker.scripts == 1
    assert "<img" not in page and "alert(1)</script>" not in page
    assert checker.captions == [evil]


def test_the_page_loads_nothing() -> None:
    page = render_review([])
    assert "No captions." in page
    # Only a data: icon; no src, no CSS url() or @import, and a policy that forbids every fetch.
    assert not re.search(r"\ssrc=|url\(|@import|https?://(?!sws\.geonames\.org)", page)
    assert "default-src 'none'" in page


def test_counts_per_code_and_resolved_record(normaliser: Normaliser) -> None:
    records = [
        normaliser.normalise("A serviceman stands guard near Kramatorsk.", id="a"),
        normaliser.normalise(SEED_3, id="b"),
        normaliser.normalise("Children play in Kharkiv, Ukraine, Sunday, June 11, 2022.", id="c"),
    ]
    page = render_review(records)
    assert re.search(r'data-code="missing_credit"[^>]*>missing_credit<b>2</b>', page)
    assert '<a href="https://sws.geonames.org/704422/"' in page
    assert "48.28014, 37.17706" in page
    assert 'data-codes=""' in page  # b has no warnings


def test_a_huge_caption_is_cut_for_the_page() -> None:
    text = "word " * 20000
    page = render_review([CaptionRecord(id="big", caption=text, description=text.strip())])
    assert len(page) < 40000
    assert "more characters" in page


def test_a_thousand_captions_render_in_linear_time_and_small(normaliser: Normaliser) -> None:
    batch = _sample_records(normaliser)
    records = [
        r.model_copy(update={"id": f"{r.id}#{n}"}) for n in range(1000 // len(batch) + 1) for r in batch
    ]

    def cpu_seconds(count: int) -> float:
        started = time.process_time()
        render_review(records[:count])
        return max(time.process_time() - started, 1e-3)

    # A ratio taken in one run, not a wall-clock limit: ten times the records, about ten times the time.
    growth = cpu_seconds(1000) / cpu_seconds(100)
    assert growth < 30, f"ten times the records took {growth:.0f} times as long"
    assert len(render_review(records[:1000]).encode()) < 4_000_000


def _load_script(name: str) -> ModuleType:
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def test_world_outline_regenerates_identically() -> None:
    pytest.importorskip(
        "countryinfo", reason="countryinfo (a dev dependency) is needed to regenerate the map"
    )
    script = _load_script("build_world_outline")
    if script.countryinfo_version() != script.COUNTRYINFO_VERSION:
        pytest.skip(f"the outline is pinned to countryinfo {script.COUNTRYINFO_VERSION}")
    committed = (ROOT / "captions" / "data" / "world_outline.txt").read_text(encoding="utf-8")
    assert script.generate() == committed, (
        "captions/data/world_outline.txt is stale: run scripts/build_world_outline.py"
    )


# -- in a browser ---------------------------------------------------------------------------------------

CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",  # containers have a small /dev/shm
    "--hide-scrollbars",
    "--mute-audio",
    "--remote-debugging-pipe",
)


class Browser:
    """Chromium over the DevTools pipe: NUL-terminated JSON, commands on fd 3, replies and events on fd 4."""

    def __init__(self, executable: str, profile: Path) -> None:
        to_browser, self._out = os.pipe()
        self._in, from_browser = os.pipe()

        def wire() -> None:  # in the child: move the pipe ends to 3 and 4, whatever numbers they had
            read = fcntl.fcntl(to_browser, fcntl.F_DUPFD_CLOEXEC, 10)
            write = fcntl.fcntl(from_browser, fcntl.F_DUPFD_CLOEXEC, 10)
            os.dup2(read, 3)
            os.dup2(write, 4)

        self.log = profile / "chromium.log"
        with open(self.log, "wb") as log:
            self.process = subprocess.Popen(
                [executable, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "about:blank"],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=log,
                close_fds=False,  # Python's own descriptors are not inheritable anyway; 3 and 4 must be
                preexec_fn=wire,
            )
        os.close(to_browser)
        os.close(from_browser)
        self._next = 0
        self._replies: dict[int, dict[str, Any]] = {}
        self.events: list[dict[str, Any]] = []
        self._cond = threading.Condition()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        buffer = b""
        while chunk := os.read(self._in, 1 << 16):
            buffer += chunk
            *messages, buffer = buffer.split(b"\0")
            with self._cond:
                for raw in messages:
                    message = json.loads(raw)
                    if "id" in message:
                        self._replies[message["id"]] = message
                    else:
                        self.events.append(message)
                self._cond.notify_all()
        with self._cond:
            self._cond.notify_all()

    def send(
        self, method: str, params: dict[str, Any] | None = None, session: str | None = None, wait: float = 15
    ) -> Any:
        with self._cond:
            self._next += 1
            ident = self._next
        message: dict[str, Any] = {"id": ident, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        data = json.dumps(message).encode() + b"\0"
        while data:
            data = data[os.write(self._out, data) :]
        with self._cond:
            if not self._cond.wait_for(lambda: ident in self._replies or not self._reader.is_alive(), wait):
                raise TimeoutError(f"{method}: no reply from chromium in {wait:g} s")
            reply = self._replies.pop(ident, None)
        if reply is None:
            raise RuntimeError(f"chromium went away: {self.log.read_text(errors='replace')[-2000:]}")
        if "error" in reply:
            raise RuntimeError(f"{method}: {reply['error']}")
        return reply.get("result", {})

    def wait_event(self, method: str, session: str, timeout: float = 15) -> dict[str, Any]:
        def found() -> dict[str, Any] | None:
            return next(
                (e for e in self.events if e["method"] == method and e.get("sessionId") == session), None
            )

        with self._cond:
            if not self._cond.wait_for(lambda: found() is not None, timeout):
                raise TimeoutError(f"no {method} in {timeout} s")
            event = found()
        assert event is not None
        return event

    def close(self) -> None:
        with contextlib.suppress(OSError, RuntimeError, TimeoutError):  # it may be gone already
            self.send("Browser.close")
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self._out)
        self._reader.join(timeout=5)
        os.close(self._in)


class Page:
    """One tab with the page loaded; what it logged and requested is kept."""

    def __init__(self, browser: Browser, url: str) -> None:
        self.browser = browser
        self.url = url
        self.target = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = browser.send("Target.attachToTarget", {"targetId": self.target, "flatten": True})[
            "sessionId"
        ]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.send(f"{domain}.enable")
        self.send(
            "Emulation.setDeviceMetricsOverride",
            {"width": 1280, "height": 900, "deviceScaleFactor": 1, "mobile": False},
        )
        self.send("Page.navigate", {"url": url})
        browser.wait_event("Page.loadEventFired", self.session)
        self.eval("0")  # a round trip after load: whatever the page logged has arrived

    def send(self, method: str, params: dict[str, Any] | None = None) -> Any:
        return self.browser.send(method, params, self.session)

    def eval(self, expression: str) -> Any:
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        assert "exceptionDetails" not in result, result["exceptionDetails"]
        return result["result"].get("value")

    def events(self, *methods: str) -> list[dict[str, Any]]:
        return [
            e for e in self.browser.events if e.get("sessionId") == self.session and e["method"] in methods
        ]

    def errors(self) -> list[str]:
        out = []
        for event in self.events("Runtime.exceptionThrown", "Runtime.consoleAPICalled", "Log.entryAdded"):
            params = event["params"]
            if event["method"] == "Runtime.exceptionThrown":
                out.append(json.dumps(params["exceptionDetails"])[:500])
            elif event["method"] == "Runtime.consoleAPICalled" and params["type"] in (
                "error",
                "warning",
                "assert",
            ):
                out.append(json.dumps(params["args"])[:500])
            elif event["method"] == "Log.entryAdded" and params["entry"]["level"] in ("error", "warning"):
                out.append(params["entry"]["text"])
        return out

    def requests(self) -> list[str]:
        return [e["params"]["request"]["url"] for e in self.events("Network.requestWillBeSent")]

    def screenshot(self, path: Path) -> None:
        size = self.send("Page.getLayoutMetrics")["cssContentSize"]
        clip = {"x": 0, "y": 0, "width": size["width"], "height": min(size["height"], 16000), "scale": 1}
        shot = self.send(
            "Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True, "clip": clip}
        )
        path.write_bytes(base64.b64decode(shot["data"]))

    def close(self) -> None:
        self.browser.send("Target.closeTarget", {"targetId": self.target})


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    executable = shutil.which("chromium") or shutil.which("chromium-browser")
    if executable is None:
        pytest.skip("chromium is not installed (Debian: apt-get install chromium; .ci/run installs it)")
    browser = Browser(executable, tmp_path_factory.mktemp("chromium-profile"))
    try:
        # A cold start on a busy machine (a fresh profile, CI's other work) can take longer than a command.
        browser.send("Browser.getVersion", wait=90)
        yield browser
    finally:
        browser.close()


@pytest.fixture(scope="module")
def artefacts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    configured = os.environ.get("CAPTIONS_TEST_ARTEFACTS")
    if configured:
        path = Path(configured)
        path.mkdir(parents=True, exist_ok=True)
        return path
    return tmp_path_factory.mktemp("review")


def _sample_records(normaliser: Normaliser) -> list[CaptionRecord]:
    items = read_inputs([os.path.relpath(ROOT / "samples")])  # ids as the command line gives them
    return [
        normaliser.normalise(item.caption, id=item.id, reference_date=item.reference_date, meta=item.meta)
        for item in items
    ]


def _open(browser: Browser, folder: Path, name: str, records: list[CaptionRecord]) -> Page:
    path = folder / name
    path.write_text(render_review(records), encoding="utf-8")
    return Page(browser, path.as_uri())


def _mixed_batch(normaliser: Normaliser) -> list[CaptionRecord]:
    return [
        *_sample_records(normaliser)[:4],
        normaliser.normalise("A serviceman stands guard near Kramatorsk.", id="warn:10"),
        normaliser.normalise(
            "Children play in Kharkiv, Ukraine, Sunday, June 11, 2022. (AP Photo/Marta Kos)", id="warn:9"
        ),
        normaliser.normalise(SCRIPT_CAPTION, id="<script>window.pwned = 2</script>"),
    ]


@pytest.mark.slow
def test_sample_sheet_loads_offline_without_errors(
    browser: Browser, artefacts: Path, normaliser: Normaliser
) -> None:
    records = _sample_records(normaliser)
    page = _open(browser, artefacts, "review-samples.html", records)
    try:
        assert page.errors() == []
        assert page.requests() == [page.url], "the sheet must load nothing but itself"
        assert page.eval("document.querySelectorAll('article.card').length") == len(records)
        assert page.eval("document.querySelectorAll('#map circle').length") == sum(
            1 for r in records if r.location and r.location.latitude is not None
        )
        page.screenshot(artefacts / "review-samples.png")
    finally:
        page.close()
    assert (artefacts / "review-samples.png").stat().st_size > 10_000


VISIBLE_IDS = "[...document.querySelectorAll('article.card')].filter(c => c.offsetParent !== null).map(c => c.dataset.id)"


@pytest.mark.slow
def test_filters_hide_captions_without_warnings(
    browser: Browser, artefacts: Path, normaliser: Normaliser
) -> None:
    records = _mixed_batch(normaliser)
    page = _open(browser, artefacts, "review-mixed.html", records)
    try:
        assert page.eval(VISIBLE_IDS) == [r.id for r in records]
        page.screenshot(artefacts / "review-mixed.png")  # warnings and a <script> caption, for a look
        page.eval("document.getElementById('only-warn').click()")
        assert page.eval(VISIBLE_IDS) == [r.id for r in records if r.warnings]
        assert page.eval("document.getElementById('shown').textContent") == (
            f"{sum(1 for r in records if r.warnings)} of {len(records)} shown"
        )
        page.eval("document.querySelector('button[data-code=\"missing_credit\"]').click()")
        with_code = [r.id for r in records if any(w.code is WarningCode.MISSING_CREDIT for w in r.warnings)]
        assert with_code and page.eval(VISIBLE_IDS) == with_code
        page.eval("document.querySelector('button[data-code=\"missing_credit\"]').click()")  # off again
        page.eval("document.getElementById('only-warn').click()")
        assert page.eval(VISIBLE_IDS) == [r.id for r in records]
        page.eval(
            "var s = document.getElementById('sort'); s.value = '-id'; s.dispatchEvent(new Event('change'))"
        )
        shown = page.eval(VISIBLE_IDS)
        assert shown[:2] == ["warn:10", "warn:9"]  # numbers in ids sort as numbers
        assert page.errors() == []
    finally:
        page.close()


@pytest.mark.slow
def test_a_script_caption_stays_text(browser: Browser, tmp_path: Path, normaliser: Normaliser) -> None:
    evil = '<script>window.pwned = 3</script><img src="x" onerror="window.pwned = 4">'
    records = [
        *_mixed_batch(normaliser),
        CaptionRecord(id="hand-made", caption=evil, description=evil, credit_line=evil),
    ]
    page = _open(browser, tmp_path, "script.html", records)
    try:
        assert page.eval("typeof window.pwned") == "undefined"
        assert page.eval("document.scripts.length") == 1
        assert page.eval("document.querySelectorAll('img').length") == 0
        texts = page.eval("[...document.querySelectorAll('article.card')].map(c => c.textContent)")
        assert "<script>window.pwned = 1</script>" in texts[-2]  # the caption as received
        assert "<script>window.pwned = 2</script>" in texts[-2]  # its id
        assert evil in texts[-1]
        assert page.requests() == [page.url]
        assert page.errors() == []
    finally:
        page.close()


def test_review_command_writes_one_page(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from captions.cli import app

    src = tmp_path / "batch.txt"
    src.write_text(
        "A serviceman stands guard near Kramatorsk.\n\n<script>alert(1)</script> Crowds in Kyiv, Ukraine, "
        "June 1, 2022. REUTERS/Ann Lee\n",
        encoding="utf-8",
    )
    page = tmp_path / "review.html"
    result = CliRunner().invoke(app, ["review", str(src), "--html", str(page)])
    assert result.exit_code == 0, result.output
    html = page.read_text(encoding="utf-8")
    assert "missing_credit" in html and "Kramatorsk" in html
    assert "<script>alert(1)</script>" not in html
    assert "2 captions written" in result.stderr
