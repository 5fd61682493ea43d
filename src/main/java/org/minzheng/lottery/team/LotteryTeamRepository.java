package org.minzheng.lottery.team;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.minzheng.shared.Masking;
import org.minzheng.shared.crypto.PersonalDataCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Teams and members in {@code lottery}. Teams belong to the city centre and carry no region; the outlet counts only
 * take outlets within the staff member's scope.
 */
@Repository
class LotteryTeamRepository {

    static final String PHONE_CONTEXT = "lottery.member.phone";

    private static final String TEAM = """
            select t.id, t.name, t.kind, t.leader, t.active,
                   (select count(*) from lottery.team_members m where m.team_id = t.id and m.left_on is null),
                   (select count(*) from lottery.outlets o where o.opened_by_team_id = t.id
                        and o.region_code like :prefix || '%'),
                   (select count(*) from lottery.outlets o where o.serviced_by_team_id = t.id and o.closed_on is null
                        and o.region_code like :prefix || '%')
            from lottery.teams t
            """;
    private static final String MEMBER = """
            select m.id, m.team_id, m.name, m.role, m.phone_masked, m.joined_on, m.left_on,
                   (select count(*) from lottery.outlets o where o.opened_by_member_id = m.id
                        and o.region_code like :prefix || '%'),
                   (select count(*) from lottery.outlets o where o.serviced_by_member_id = m.id and o.closed_on is null
                        and o.region_code like :prefix || '%')
            from lottery.team_members m
            """;

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    LotteryTeamRepository(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    List<Team> teams(String prefix) {
        return jdbc.sql(TEAM + " order by t.kind = 'CHANNEL_DEPARTMENT' desc, t.kind, t.name")
                .param("prefix", prefix)
                .query(LotteryTeamRepository::team)
                .list();
    }

    Optional<Team> team(long id, String prefix) {
        return jdbc.sql(TEAM + " where t.id = :id")
                .param("id", id)
                .param("prefix", prefix)
                .query(LotteryTeamRepository::team)
                .optional();
    }

    boolean nameTaken(String name) {
        return jdbc.sql("select exists (select 1 from lottery.teams where name = :name)")
                .param("name", name)
                .query(Boolean.class)
                .single();
    }

    List<TeamMember> members(long teamId, String prefix) {
        return jdbc.sql(MEMBER + " where m.team_id = :team order by m.left_on is not null, m.role, m.name, m.id")
                .param("team", teamId)
                .param("prefix", prefix)
                .query(LotteryTeamRepository::member)
                .list();
    }

    Optional<TeamMember> member(long id, String prefix) {
        return jdbc.sql(MEMBER + " where m.id = :id")
                .param("id", id)
                .param("prefix", prefix)
                .query(LotteryTeamRepository::member)
                .optional();
    }

    long insertTeam(LotteryTeamForm form) {
        return jdbc.sql("insert into lottery.teams (name, kind, leader) values (:name, :kind, :leader) returning id")
                .param("name", form.name().strip())
                .param("kind", form.kind())
                .param("leader", blankToNull(form.leader()))
                .query(Long.class)
                .single();
    }

    long insertMember(long teamId, LotteryMemberForm form, String mobileOrNull) {
        return jdbc.sql("""
                        insert into lottery.team_members (team_id, name, role, phone_cipher, phone_masked, joined_on)
                        values (:team, :name, :role, :cipher, :masked, :joined) returning id
                        """)
                .param("team", teamId)
                .param("name", form.name().strip())
                .param("role", form.role())
                .param("cipher", mobileOrNull == null ? null : cipher.encrypt(mobileOrNull, PHONE_CONTEXT))
                .param("masked", mobileOrNull == null ? null : Masking.phone(mobileOrNull))
                .param("joined", form.joinedOn())
                .query(Long.class)
                .single();
    }

    void leave(long memberId, LocalDate leftOn) {
        jdbc.sql("update lottery.team_members set left_on = :left where id = :id")
                .param("id", memberId)
                .param("left", leftOn)
                .update();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Team team(ResultSet rs, int n) throws SQLException {
        return new Team(
                rs.getLong(1),
                rs.getString(2),
                TeamKind.valueOf(rs.getString(3)),
                rs.getString(4),
                rs.getBoolean(5),
                rs.getInt(6),
                rs.getInt(7),
                rs.getInt(8));
    }

    private static TeamMember member(ResultSet rs, int n) throws SQLException {
        return new TeamMember(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getObject(6, LocalDate.class),
                rs.getObject(7, LocalDate.class),
                rs.getInt(8),
                rs.getInt(9));
    }
}
