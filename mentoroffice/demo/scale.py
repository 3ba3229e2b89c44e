"""How big a demo office is."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Scale:
    name: str
    districts: int  # taken in order from places.HOSPITALS
    hospitals: int
    health_centers: int
    health_posts: int
    chws: int
    hospital_mentees: int  # per hospital
    hc_mentees: int  # per health center
    hc_mentor_coverage: float  # share of health centers with a district-based mentor
    hp_mentor_coverage: float  # share of health posts with a health-center provider mentor
    community_mentor_groups: int  # CHW groups each community mentor follows
    community_coverage: float  # share of health centers with a community mentor
    years: int = 3


SCALES: dict[str, Scale] = {
    "district": Scale(
        name="district", districts=1, hospitals=1, health_centers=15, health_posts=50,
        chws=300, hospital_mentees=40, hc_mentees=8, hc_mentor_coverage=0.87,
        hp_mentor_coverage=0.6, community_mentor_groups=8, community_coverage=0.7,
    ),
    "national": Scale(
        name="national", districts=30, hospitals=45, health_centers=500, health_posts=1200,
        chws=45_000, hospital_mentees=40, hc_mentees=13, hc_mentor_coverage=0.9,
        hp_mentor_coverage=0.22, community_mentor_groups=10, community_coverage=0.15,
    ),
}
