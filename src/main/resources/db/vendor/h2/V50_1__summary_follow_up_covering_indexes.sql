-- H2 only (issue 10), as V28_1: the follow-up sums' date indexes hold every column the opened and closed families
-- read, so H2 answers them from the index alone. (V50 made the monthly sums anew, without their index.)
create index summary_follow_up_month_date on summary_follow_up_month (month_start, team_id, site_id, agency, opened,
    closed, on_time, cancelled);
create index summary_follow_up_year_date on summary_follow_up_year (year_start, team_id, site_id, agency, opened,
    closed, on_time, cancelled);
