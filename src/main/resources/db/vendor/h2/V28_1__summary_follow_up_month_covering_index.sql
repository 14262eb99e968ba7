-- H2 only (issue 10), as V27_1: the monthly follow-up sums' date index holds every column the opened and
-- closed families read, so H2 answers them from the index alone.
drop index summary_follow_up_month_date;
create index summary_follow_up_month_date on summary_follow_up_month (month_start, team_id, site_id, agency, opened,
    closed, on_time, cancelled);
