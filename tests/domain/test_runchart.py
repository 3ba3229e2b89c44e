"""Run-chart rules against worked examples whose answers are known."""

from __future__ import annotations

import datetime as dt

import pytest

from mentoroffice.indicators.runchart import (
    analyse,
    anhoej_limits,
    month_ticks,
    runs_limits,
    runs_of,
    trend_signals,
)


@pytest.mark.parametrize("above, below, expected", [
    # 5 and 5: C(10,5) = 252 orders. P(2 runs) = 2/252 = 0.008; P(3) = 8/252, so P(<=3) = 0.040.
    (5, 5, (3, 9)),
    # 6 and 6: C(12,6) = 924. P(<=3) = (2 + 10)/924 = 0.013; P(4) = 50/924, P(<=4) = 0.067.
    (6, 6, (4, 10)),
    # 3 and 7: C(10,3) = 120. P(2) = 2/120 = 0.017; P(3) = 8/120, P(<=3) = 0.083. Max is 7 runs.
    (3, 7, (3, 7)),
])
def test_runs_limits_leave_at_most_two_and_a_half_percent_in_each_tail(
    above: int, below: int, expected: tuple[int, int]
) -> None:
    assert runs_limits(above, below) == expected


def test_too_few_points_have_no_runs_limits() -> None:
    assert runs_limits(4, 5) is None


@pytest.mark.parametrize("useful, expected", [(10, (6, 2)), (24, (8, 8)), (30, (8, 10))])
def test_anhoej_limits_match_the_published_table(useful: int, expected: tuple[int, int]) -> None:
    assert anhoej_limits(useful) == expected


def test_a_steady_rise_is_a_shift_a_trend_too_few_runs_and_too_few_crossings() -> None:
    analysis = analyse([float(v) for v in range(1, 13)])
    assert analysis.median == 6.5
    assert (analysis.runs, analysis.crossings, analysis.longest_run) == (2, 1, 6)
    assert analysis.rules() == {"shift", "trend", "too_few_runs", "anhoej_crossings"}
    shifts = [s.indexes for s in analysis.signals if s.rule == "shift"]
    assert shifts == [(0, 1, 2, 3, 4, 5), (6, 7, 8, 9, 10, 11)]


def test_points_on_the_median_neither_make_nor_break_a_run() -> None:
    values = [1, 1, 5, 1, 1, 1, 9, 9, 9, 9, 5]
    assert runs_of(values, 5) == [[0, 1, 3, 4, 5], [6, 7, 8, 9]]
    assert not [s for s in analyse(values).signals if s.rule == "shift"]


def test_repeated_values_neither_make_nor_break_a_trend() -> None:
    assert [s.indexes for s in trend_signals([1, 2, 2, 3, 4, 5])] == [(0, 1, 3, 4, 5)]
    assert trend_signals([1, 2, 3, 4, 1]) == []
    [falling] = trend_signals([9, 5, 4, 3, 2, 1, 2])
    assert falling.indexes == (0, 1, 2, 3, 4, 5) and "falling" in falling.message


def test_zigzag_is_too_many_runs() -> None:
    analysis = analyse([1, 9] * 6)
    assert analysis.runs == 12 and analysis.runs_limits == (4, 10)
    assert "too_many_runs" in analysis.rules()
    assert "shift" not in analysis.rules() and "trend" not in analysis.rules()


def test_an_astronomical_point_is_found() -> None:
    values = [10, 11, 9, 10, 11, 10, 9, 10, 40, 10]
    astronomical = [s.indexes for s in analyse(values).signals if s.rule == "astronomical"]
    assert astronomical == [(8,)]


def test_random_looking_data_gives_no_signal() -> None:
    values = [52, 48, 55, 57, 51, 46, 44, 50, 54, 49, 45, 47, 53, 58, 51, 47]
    assert analyse(values).signals == []


def test_an_unusually_long_run_by_anhoej() -> None:
    values = [5, 6, 4, 6, 5] + [9] * 9 + [1, 2, 1, 2, 1, 5, 4]
    analysis = analyse(values)
    assert analysis.longest_run_limit == 7
    assert any(s.rule == "anhoej_run" and len(s.indexes) >= 9 for s in analysis.signals)


def months_from(year: int, first: int, count: int) -> list[dt.date]:
    return [dt.date(year + (first - 1 + n) // 12, (first - 1 + n) % 12 + 1, 1)
            for n in range(count)]


def test_month_ticks_write_the_year_first_and_where_each_year_begins() -> None:
    positions, labels = month_ticks(months_from(2025, 10, 6))  # Oct 2025 - Mar 2026
    assert positions == [0, 1, 2, 3, 4, 5]
    assert labels == ["Oct\n2025", "Nov", "Dec", "Jan\n2026", "Feb", "Mar"]


def test_month_ticks_thin_out_on_long_series_and_mark_a_new_year_without_january() -> None:
    positions, labels = month_ticks(months_from(2024, 6, 24))  # every 2nd month
    assert positions == list(range(0, 24, 2))
    assert labels[:5] == ["Jun\n2024", "Aug", "Oct", "Dec", "Feb\n2025"]
    _, labels = month_ticks(months_from(2024, 1, 36))  # every 3rd, January labelled
    assert labels[:5] == ["Jan\n2024", "Apr", "Jul", "Oct", "Jan\n2025"]


def test_month_ticks_take_the_screens_month_names_and_skip_months_left_out() -> None:
    months = [dt.date(2025, 11, 1), dt.date(2026, 1, 1), dt.date(2026, 2, 1)]  # no December
    _, labels = month_ticks(months, lambda number: ["janv.", "févr.", "nov."][
        {1: 0, 2: 1, 11: 2}[number]])
    assert labels == ["nov.\n2025", "janv.\n2026", "févr."]
    assert month_ticks([]) == ([], [])
