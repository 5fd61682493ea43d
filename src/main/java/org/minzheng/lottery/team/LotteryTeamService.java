package org.minzheng.lottery.team;

import java.time.LocalDate;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.shared.PhoneNumber;
import org.minzheng.shared.RegionCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changes to teams, members and areas, each audited in the same transaction (never with a phone number). */
@Service
class LotteryTeamService {

    static final RegionCode CITY = RegionCode.of("3716");

    private final LotteryTeamRepository teams;
    private final LotteryAreaRepository areas;
    private final AuditLog audit;

    LotteryTeamService(LotteryTeamRepository teams, LotteryAreaRepository areas, AuditLog audit) {
        this.teams = teams;
        this.areas = areas;
        this.audit = audit;
    }

    @Transactional
    long createTeam(LotteryTeamForm form) {
        long id = teams.insertTeam(form);
        audit.record(AuditEvent.operation("lottery.team.create", "lottery-team", String.valueOf(id), CITY)
                .withDetail(form.name().strip() + " / " + form.kind()));
        return id;
    }

    @Transactional
    long addMember(Team team, LotteryMemberForm form) {
        String mobile = form.phoneGiven() ? PhoneNumber.parse(form.phone()).value() : null;
        long id = teams.insertMember(team.id(), form, mobile);
        audit.record(AuditEvent.operation("lottery.member.create", "lottery-member", String.valueOf(id), CITY)
                .withDetail(team.name() + " / " + form.name().strip() + " / " + form.role()));
        return id;
    }

    @Transactional
    void leave(Team team, TeamMember member, LocalDate leftOn) {
        teams.leave(member.id(), leftOn);
        audit.record(AuditEvent.operation("lottery.member.leave", "lottery-member", String.valueOf(member.id()), CITY)
                .withDetail(team.name() + " / " + member.name() + " / " + leftOn));
    }

    @Transactional
    long createArea(LotteryAreaForm form, long targetFen) {
        long id = areas.insert(form, targetFen);
        audit.record(AuditEvent.operation("lottery.area.create", "lottery-area", String.valueOf(id), CITY)
                .withDetail(form.name().strip() + " / " + String.join(",", form.regionCodes())));
        return id;
    }

    @Transactional
    void updateArea(Area area, LotteryAreaForm form, long targetFen) {
        areas.update(area.id(), form, targetFen);
        audit.record(AuditEvent.operation("lottery.area.update", "lottery-area", String.valueOf(area.id()), CITY)
                .withDetail(form.name().strip() + " / " + String.join(",", form.regionCodes())));
    }
}
