"""The wizard's path through ExchangeService, and editing the DHIS2 mapping."""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree

import pytest
from exchange_support import PEOPLE_HEADERS, PEOPLE_ROWS, build_world, write_xlsx

from mentoroffice.core.refusals import RuleRefused
from mentoroffice.exchange.importing import Action, ImportRefused
from mentoroffice.exchange.service import ExchangeService
from mentoroffice.office import Office
from mentoroffice.periods import month


@pytest.fixture
def service(office: Office) -> ExchangeService:
    with office.session_factory.begin() as session:
        build_world(session)
    return ExchangeService(office.session_factory, office.catalog)


def test_the_wizard_from_file_to_database(service: ExchangeService, tmp_path: Path) -> None:
    # GIVEN a tracker whose sheet has an unusual header for the facility column
    headers = [*PEOPLE_HEADERS[:6], "Where they work", *PEOPLE_HEADERS[7:]]
    path = write_xlsx(tmp_path / "staff.xlsx", [headers, *PEOPLE_ROWS], title="Staff 2024",
                      extra_sheets={"Notes": [["nothing here"]]})
    # WHEN the person picks the sheet, checks the mapping and fixes the one column left out
    assert service.sheets(path) == ["Staff 2024", "Notes"]
    table = service.read(path, "Staff 2024")
    column_mapping = service.auto_map("people", table.headers)
    assert column_mapping.ignored_columns() == [6]
    job = service.new_job("people", table, column_mapping)
    report = service.preview(job)
    assert report.summary.to_add == 4 and report.ok  # the facility is optional...
    job.mapping = column_mapping.with_column("facility", 6)  # ...but this file has it
    # THEN the preview and the import agree, and nothing was saved before the import
    preview = service.preview(job)
    assert preview.summary.to_add == 4 and service.preview(job).summary.to_add == 4
    steps: list[tuple[int, int]] = []
    report = service.run(job, progress=lambda done, total: steps.append((done, total)))
    assert [o.action for o in report.outcomes] == [Action.ADD] * 4
    assert steps[-1] == (4, 4)
    assert service.preview(job).summary.to_skip == 4


def test_a_refused_run_through_the_service(service: ExchangeService, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "p.xlsx", [PEOPLE_HEADERS, [None, "A", "B", "F", "nurse",
                                                              None, "NOWHERE", None, None]])
    job = service.new_job("people", service.read(path))
    with pytest.raises(ImportRefused):
        service.run(job)
    assert service.preview(job).problems[0].column == "Code FOSA"


def test_editing_the_dhis2_mapping(service: ExchangeService) -> None:
    metrics = service.dhis2_metrics()
    assert "mentees_validated" in metrics and "ind:PNC_COVERAGE:num" in metrics
    first = service.save_dhis2_mapping("mentees_validated", "DeValNeo001", "NEO", "CocNeonat01")
    with pytest.raises(RuleRefused) as refused:
        service.save_dhis2_mapping("mentees_validated", "bad uid", "NEO")
    assert {v.field for v in refused.value.violations} == {"data_element", "metric"}
    with pytest.raises(RuleRefused) as refused:
        service.save_dhis2_mapping("visits_done", "DeVisits001", "MNH")
    assert [v.field for v in refused.value.violations] == ["technical_area"]
    service.save_dhis2_mapping("mentees_validated", "DeValNeo002", "NEO", None, first)
    service.save_dhis2_mapping("visits_done", "DeVisits001")
    rows = service.dhis2_mappings()
    assert [(r.metric, r.technical_area, r.data_element, r.category_option_combo)
            for r in rows] == [("mentees_validated", "NEO", "DeValNeo002", None),
                               ("visits_done", None, "DeVisits001", None)]
    service.delete_dhis2_mapping(rows[0].id)
    assert len(service.dhis2_mappings()) == 1
    with pytest.raises(RuleRefused):
        service.set_dhis2_data_set("x")
    service.set_dhis2_data_set("DataSet0001")
    assert service.dhis2_data_set() == "DataSet0001"


def test_adx_names_the_data_set_the_office_set(service: ExchangeService, tmp_path: Path
                                                ) -> None:
    service.set_dhis2_data_set("DataSet0001")
    export = service.dhis2_export(month(2024, 7), "code")
    assert export.values == () and export.problems == ()
    path = service.write_dhis2(export, tmp_path / "july.xml", "adx")
    root = ElementTree.parse(path).getroot()
    assert root.tag == "{urn:ihe:qrph:adx:2015}adx" and root.findall("*") == []
