-- An installation may hold several missions. A headquarters analyst reads the missions an
-- administrator grants her; administrators read every mission; mentors and leaders their team's.
create table mission_reader (
    user_id                bigint       not null references app_user (id) on delete cascade,
    mission_id             bigint       not null references mission (id) on delete cascade,
    primary key (user_id, mission_id)
);
create index mission_reader_mission on mission_reader (mission_id);
create index team_mission on team (mission_id, code);

-- Until now every analyst read every mission (there was one): keep that.
insert into mission_reader (user_id, mission_id)
select u.id, m.id from app_user u cross join mission m where u.role = 'HQ_ANALYST';
