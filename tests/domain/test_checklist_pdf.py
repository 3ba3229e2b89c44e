"""Printed checklists, filled assessments and progress sheets, read back with pypdf."""

from __future__ import annotations

import dataclasses
import datetime as dt
import errno
import io
import os
import re
import struct
import zlib
from pathlib import Path

import pytest
from fresh_process import imported_by
from pypdf import PdfReader

from mentoroffice.checklists.forms import FormDefinition, default_forms_dir, load_catalog
from mentoroffice.checklists.sheets import (
    CoachingPlanLine,
    CompetencyProgress,
    FilledAssessment,
    ProgressSheet,
)
from mentoroffice.reports.checklist_pdf import (
    blank_checklist_pdf,
    filled_assessment_pdf,
    progress_sheet_pdf,
)
from mentoroffice.reports.pdf import DocumentMeta, ReportError, build_pdf, report_styles

CATALOG = load_catalog(default_forms_dir())
FORMS = CATALOG.forms
PRINTED_ON = dt.date(2024, 5, 3)


# --------------------------------------------------------------------------- helpers


def squeeze(text: str) -> str:
    """Text with all whitespace removed: wrapped lines compare equal to the source."""
    return re.sub(r"\s+", "", text)


def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def page_texts(pdf: bytes | Path) -> list[str]:
    source = io.BytesIO(pdf) if isinstance(pdf, bytes) else pdf
    return [page.extract_text() or "" for page in PdfReader(source).pages]


def unembedded_fonts(pdf: bytes) -> list[str]:
    """Fonts used on any page that carry no embedded TrueType program (/FontFile2)."""
    missing: list[str] = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        fonts = page["/Resources"].get("/Font", {})
        for font in fonts.values():
            font = font.get_object()
            if font.get("/Subtype") == "/Type0":
                font = font["/DescendantFonts"][0].get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None or "/FontFile2" not in descriptor.get_object():
                missing.append(str(font.get("/BaseFont")))
    return missing


def image_count(pdf: bytes) -> int:
    return sum(len(page.images) for page in PdfReader(io.BytesIO(pdf)).pages)


def blank_pdf(form: FormDefinition) -> tuple[bytes, int]:
    buffer = io.BytesIO()
    pages = blank_checklist_pdf(form, buffer, generated_on=PRINTED_ON,
                                office_name="Kirehe District Hospital mentorship office")
    return buffer.getvalue(), pages


def hbb() -> FormDefinition:
    form = CATALOG.get("HBB")
    assert form is not None
    return form


def filled_hbb(*, validated: bool, mentee: str = "Émilienne Nyirahabimana") -> FilledAssessment:
    form = hbb()
    results = {item.code: "done" for item in form.items}
    results["1.4"] = "not_done"
    results["4.4"] = "na"
    done = sum(1 for r in results.values() if r == "done")
    applicable = sum(1 for r in results.values() if r != "na")
    return FilledAssessment(
        form=form,
        mentee_name=mentee,
        facility_name="Centre de santé de Nyamugali",
        assessed_on=dt.date(2024, 4, 30),
        assessor_name="Dr Théogène Habimana",
        kind_label="Post-mentorship assessment",
        results=results,
        notes={"1.4": "No clean blade in the delivery kit"},
        strengths="Dries and stimulates within the golden minute",
        to_improve="Keep the blade in the kit",
        score_percent=round(100 * done / applicable, 1),
        done=done,
        applicable=applicable,
        all_critical_done=True,
        validated=validated,
    )


def tiny_png() -> bytes:
    """A valid 4x2 grey PNG, made without matplotlib."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 4, 2, 8, 0, 0, 0, 0)
    raw = b"".join(b"\x00" + bytes([128] * 4) for _ in range(2))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw))
            + chunk(b"IEND", b""))


def progress_sheet(with_chart: bool = True) -> ProgressSheet:
    return ProgressSheet(
        mentee_name="Védaste Niyonzima",
        cadre="Nurse",
        facility="Centre de santé de Nyamugali",
        technical_area="NEO",
        rows=[
            CompetencyProgress("HBB", hbb().title, 55.0, 91.0, 4, dt.date(2024, 4, 12)),
            CompetencyProgress("ECEB", "Essential Care for Every Baby", 40.0, 77.5, 3, None),
            CompetencyProgress("ECSB", "Essential Care for Small Babies", None, None, 0, None),
        ],
        coaching_plan=[
            CoachingPlanLine("Late start of ventilation", "Daily simulator drills with the timer",
                             dt.date(2024, 6, 1)),
            CoachingPlanLine("Kangaroo care not started", "Bedside teaching at next visit", None),
        ],
        trend_png=tiny_png() if with_chart else None,
        mentor_name="Marie-Claire Uwimana",
    )


# --------------------------------------------------------------------------- blank checklists


def test_the_shipped_forms_are_there() -> None:
    assert len(FORMS) == 14
    assert not CATALOG.errors


@pytest.mark.parametrize("form", FORMS, ids=lambda f: f.code)
def test_every_shipped_form_prints_as_a_blank_checklist(form: FormDefinition) -> None:
    # GIVEN a shipped form WHEN printed blank
    pdf, pages = blank_pdf(form)
    texts = page_texts(pdf)
    everything = squeeze("".join(texts))

    # THEN one or two pages, numbered "Page x of N" on each
    assert 1 <= pages <= 2
    assert len(texts) == pages
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {pages}" in collapse(text)
        # the form's identity and the fields to fill by hand are on every page
        assert squeeze(form.title) in squeeze(text)
        assert f"version {form.version}" in collapse(text)
        for label in ("Facility:", "Date:", "Assessor:"):
            assert label in text
        assert ("Mentee:" in text) == (form.kind == "mentee")
    # every step is printed in full, wrapped or not
    for item in form.items:
        assert squeeze(item.text) in everything, item.code
    # the critical marker, its legend, the pass rule and the closing block
    assert "★" in everything
    assert squeeze(f"at least {form.pass_threshold:.0f}%") in everything
    for words in ("Done", "Not done", "N/A", "Applicable", "Strengths", "To improve", "Signature"):
        assert squeeze(words) in everything
    assert unembedded_fonts(pdf) == []


def test_a_mentee_checklist_states_the_validation_rule() -> None:
    pdf, _ = blank_pdf(hbb())
    text = collapse(" ".join(page_texts(pdf)))
    assert ("Validated when the post-mentorship score is at least 85% and every critical "
            "step (★) is done") in text
    assert "Post-mentorship" in text  # the assessment kind to tick


def test_a_blank_checklist_can_prefill_the_facility() -> None:
    buffer = io.BytesIO()
    blank_checklist_pdf(hbb(), buffer, facility="Centre de santé de Gahara",
                        generated_on=PRINTED_ON)
    texts = page_texts(buffer.getvalue())
    assert all("Centre de santé de Gahara" in text for text in texts)


@pytest.mark.parametrize("language", ["en", "fr", "rw"])
def test_a_blank_checklist_prints_in_a_language_and_says_which_and_its_version(
        language: str) -> None:
    # GIVEN HBB, complete in French and partial in Kinyarwanda
    form = hbb().in_language(language)
    buffer = io.BytesIO()
    blank_checklist_pdf(hbb(), buffer, generated_on=PRINTED_ON, language=language)
    text = collapse(" ".join(page_texts(buffer.getvalue())))
    # THEN its steps are in that language and the subtitle names it, with the version
    name = {"en": "English", "fr": "Français", "rw": "Ikinyarwanda"}[language]
    assert f"Form HBB · {name}" in text and "· version 1 ·" in text
    assert squeeze(form.items[0].text) in squeeze(text)
    assert squeeze(form.sections[1].title) in squeeze(text)
    # AND the steps still in English are counted
    fallback = form.fallback_steps
    assert (f"({fallback} steps in English)" in text) == (fallback > 0)
    assert language != "rw" or fallback > 0


def test_the_footer_shows_the_generation_date() -> None:
    pdf, _ = blank_pdf(hbb())
    assert all("Generated 3 May 2024" in text for text in page_texts(pdf))


# --------------------------------------------------------------------------- filled assessment


def test_a_filled_assessment_prints_accented_names_score_and_outcome() -> None:
    # GIVEN a scored post-mentorship assessment of a mentee with an accented name
    data = filled_hbb(validated=True)
    buffer = io.BytesIO()

    # WHEN printed
    pages = filled_assessment_pdf(data, buffer, generated_on=PRINTED_ON)

    # THEN names print with their accents, and the score and outcome show
    pdf = buffer.getvalue()
    texts = page_texts(pdf)
    text = collapse(" ".join(texts))
    assert 1 <= pages <= 2
    assert "Émilienne Nyirahabimana" in text
    assert "Dr Théogène Habimana" in text
    assert f"Done {data.done} ÷ Applicable {data.applicable} = 95.2%" in text
    assert "Validated" in text and "Not validated" not in text
    assert "✓" in text and "✗" in text and "N/A" in text
    assert "No clean blade in the delivery kit" in text
    assert all(f"Page {n} of {pages}" in t for n, t in enumerate(texts, start=1))
    assert unembedded_fonts(pdf) == []


def test_a_filled_assessment_that_fails_says_not_validated() -> None:
    buffer = io.BytesIO()
    filled_assessment_pdf(filled_hbb(validated=False), buffer, generated_on=PRINTED_ON)
    assert "Not validated" in collapse(" ".join(page_texts(buffer.getvalue())))


def test_markup_characters_in_user_text_print_as_typed() -> None:
    buffer = io.BytesIO()
    filled_assessment_pdf(filled_hbb(validated=False, mentee="Uwase <Aline> & Co"), buffer)
    assert "Uwase <Aline> & Co" in collapse(" ".join(page_texts(buffer.getvalue())))


# --------------------------------------------------------------------------- progress sheet


@pytest.mark.parametrize("with_chart", [True, False], ids=["chart", "no-chart"])
def test_a_progress_sheet_shows_its_rows_and_coaching_plan(with_chart: bool) -> None:
    buffer = io.BytesIO()
    pages = progress_sheet_pdf(progress_sheet(with_chart), buffer, generated_on=PRINTED_ON)
    pdf = buffer.getvalue()
    text = collapse(" ".join(page_texts(pdf)))
    assert pages == 1
    assert "Védaste Niyonzima" in text
    for fragment in ("HBB", "55%", "91%", "12 Apr 2024", "ECEB", "77.5%", "not yet", "ECSB",
                     "Late start of ventilation", "Daily simulator drills with the timer",
                     "1 Jun 2024", "Kangaroo care not started", "Page 1 of 1"):
        assert fragment in text, fragment
    assert unembedded_fonts(pdf) == []
    assert (image_count(pdf) == 1) == with_chart


# --------------------------------------------------------------------------- writing files


def test_writing_to_a_path_leaves_only_the_pdf(tmp_path: Path) -> None:
    target = tmp_path / "HBB blank.pdf"
    pages = blank_checklist_pdf(hbb(), target, generated_on=PRINTED_ON)
    assert target.read_bytes().startswith(b"%PDF")
    assert len(PdfReader(target).pages) == pages
    assert [p.name for p in tmp_path.iterdir()] == ["HBB blank.pdf"]


def test_a_missing_folder_raises_a_report_error(tmp_path: Path) -> None:
    target = tmp_path / "no such folder" / "checklist.pdf"
    with pytest.raises(ReportError) as raised:
        blank_checklist_pdf(hbb(), target)
    message = str(raised.value)
    assert "does not exist" in message and "Choose another folder" in message
    assert raised.value.path == str(target)
    assert not tmp_path.joinpath("no such folder").exists()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="needs a POSIX user for whom file permissions apply")
def test_a_read_only_folder_raises_a_report_error(tmp_path: Path) -> None:
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ReportError, match="access was refused"):
            blank_checklist_pdf(hbb(), folder / "checklist.pdf")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_a_folder_refusing_new_files_raises_a_report_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The read-only case for every user, root included (root ignores file permissions)."""
    import mentoroffice.reports.pdf as pdf_module

    def refuse(path: object, *args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr(pdf_module, "open", refuse, raising=False)
    with pytest.raises(ReportError, match="choose a folder you may write to"):
        blank_checklist_pdf(hbb(), tmp_path / "checklist.pdf")
    assert list(tmp_path.iterdir()) == []


def test_a_file_locked_by_a_pdf_viewer_is_kept_and_the_error_says_close_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # GIVEN an earlier PDF that Windows will not let us replace (open in a viewer)
    target = tmp_path / "checklist.pdf"
    target.write_bytes(b"earlier copy")

    def locked(src: object, dst: object) -> None:
        raise PermissionError(errno.EACCES, "The process cannot access the file", str(dst))

    monkeypatch.setattr(os, "replace", locked)

    # WHEN printing over it
    with pytest.raises(ReportError) as raised:
        blank_checklist_pdf(hbb(), target)

    # THEN the error says what to do, the earlier file is intact and nothing partial remains
    assert "close it" in str(raised.value) and "PDF viewer" in str(raised.value)
    assert target.read_bytes() == b"earlier copy"
    assert [p.name for p in tmp_path.iterdir()] == ["checklist.pdf"]


def test_a_full_disk_raises_a_report_error_and_leaves_no_partial_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(ReportError, match="disk is full"):
        blank_checklist_pdf(hbb(), tmp_path / "checklist.pdf")
    assert list(tmp_path.iterdir()) == []


def test_a_step_taller_than_a_page_raises_a_report_error() -> None:
    form = hbb()
    first = form.sections[0]
    huge = dataclasses.replace(first.items[0], text="word " * 3000)
    section = dataclasses.replace(first, items=(huge, *first.items[1:]))
    too_long = dataclasses.replace(form, sections=(section, *form.sections[1:]))
    with pytest.raises(ReportError, match="taller than a page"):
        blank_checklist_pdf(too_long, io.BytesIO())


# --------------------------------------------------------------------------- shared infrastructure


def test_build_pdf_numbers_pages_and_repeats_the_header(tmp_path: Path) -> None:
    from reportlab.platypus import Paragraph

    styles = report_styles()
    story = [Paragraph(f"Line {n} — Mukamana Jeanne d'Arc", styles.body) for n in range(150)]
    meta = DocumentMeta(title="Long list", office_name="Office", facility="Kibungo",
                        filter_text="FY2024 Q1", generated_on=PRINTED_ON)
    pages = build_pdf(tmp_path / "long.pdf", story, meta)
    texts = page_texts(tmp_path / "long.pdf")
    assert pages == len(texts) >= 2
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {pages}" in text
        assert "Long list" in text and "Kibungo" in text and "FY2024 Q1" in text


def test_the_report_modules_import_neither_qt_nor_the_database_nor_matplotlib() -> None:
    assert imported_by("mentoroffice.reports.checklist_pdf",
                       ("PySide6", "shiboken6", "sqlalchemy", "matplotlib")) == []
