package org.minzheng.eldercare.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Agencies, assessors and assessments in {@code eldercare}; assessments are read within a data scope only. */
@Repository
class AssessmentRepository {

    private static final String SELECT = """
            select a.id, a.elder_id, g.name as agency, f.name as first_name, s.name as second_name, a.reason,
                   a.assessed_on, a.self_care, a.mobility, a.mental, a.perception, a.raw_total, a.coma, a.dementia,
                   a.psychiatric, a.risk_events, a.preliminary_level, a.adjustments, a.final_level, a.next_due_on,
                   a.recorded_by
            from eldercare.assessments a
            join eldercare.assessment_agencies g on g.id = a.agency_id
            join eldercare.assessors f on f.id = a.first_assessor_id
            join eldercare.assessors s on s.id = a.second_assessor_id
            """;

    private final JdbcClient jdbc;

    AssessmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The agencies the assessment form offers: active ones only. */
    List<Agency> agencies() {
        return jdbc.sql("select id, name, demo from eldercare.assessment_agencies where active order by id")
                .query((rs, n) -> new Agency(rs.getLong("id"), rs.getString("name"), rs.getBoolean("demo")))
                .list();
    }

    /**
     * The assessors the assessment form offers and accepts: active ones of active agencies. Stored assessments
     * keep naming deactivated assessors, as {@link #SELECT} joins without this filter.
     */
    List<Assessor> assessors() {
        return jdbc.sql("""
                        select s.id, s.agency_id, g.name as agency, s.name, s.certificate, s.demo
                        from eldercare.assessors s join eldercare.assessment_agencies g on g.id = s.agency_id
                        where s.active and g.active
                        order by s.agency_id, s.id
                        """)
                .query((rs, n) -> new Assessor(
                        rs.getLong("id"),
                        rs.getLong("agency_id"),
                        rs.getString("agency"),
                        rs.getString("name"),
                        rs.getString("certificate"),
                        rs.getBoolean("demo")))
                .list();
    }

    long insert(
            long elderId,
            RegionCode region,
            AssessmentForm form,
            CapabilityScore score,
            LocalDate nextDue,
            String staff) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into eldercare.assessments (elder_id, region_code, agency_id, first_assessor_id,
                            second_assessor_id, reason, assessed_on, item_scores, self_care, mobility, mental,
                            perception, raw_total, coma, dementia, psychiatric, risk_events, preliminary_level,
                            adjustments, final_level, next_due_on, recorded_by)
                        values (:elder, :region, :agency, :first, :second, :reason, :on, cast(:items as jsonb),
                            :selfCare, :mobility, :mental, :perception, :total, :coma, :dementia, :psychiatric,
                            :risk, :preliminary, :adjustments, :final, :due, :staff)
                        """)
                .param("elder", elderId)
                .param("region", region.value())
                .param("agency", form.getAgencyId())
                .param("first", form.getFirstAssessorId())
                .param("second", form.getSecondAssessorId())
                .param("reason", form.getReason().name())
                .param("on", form.getAssessedOn())
                .param("items", json(score.items()))
                .param("selfCare", score.dimensions().get(CapabilityDimension.SELF_CARE))
                .param("mobility", score.dimensions().get(CapabilityDimension.MOBILITY))
                .param("mental", score.dimensions().get(CapabilityDimension.MENTAL))
                .param("perception", score.dimensions().get(CapabilityDimension.PERCEPTION))
                .param("total", score.total())
                .param("coma", form.isComa())
                .param("dementia", form.isDementia())
                .param("psychiatric", form.isPsychiatric())
                .param("risk", form.getRiskEvents())
                .param("preliminary", score.preliminary().number())
                .param(
                        "adjustments",
                        score.adjustments().stream().map(Enum::name).collect(Collectors.joining(",")))
                .param("final", score.finalLevel().number())
                .param("due", nextDue)
                .param("staff", staff)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    List<AssessmentRecord> history(long elderId, DataScope scope) {
        return jdbc.sql(SELECT + " where a.elder_id = :elder and a.region_code like :prefix || '%'"
                        + " order by a.assessed_on desc, a.id desc")
                .param("elder", elderId)
                .param("prefix", scope.prefix())
                .query((rs, n) -> record(rs))
                .list();
    }

    Optional<AssessmentRecord> find(long id, DataScope scope) {
        return jdbc.sql(SELECT + " where a.id = :id and a.region_code like :prefix || '%'")
                .param("id", id)
                .param("prefix", scope.prefix())
                .query((rs, n) -> record(rs))
                .optional();
    }

    /** The item scores of one assessment, in the order of the standard. */
    Map<CapabilityItem, Integer> items(long id) {
        Map<CapabilityItem, Integer> items = new EnumMap<>(CapabilityItem.class);
        jdbc.sql("select key, value from eldercare.assessments, jsonb_each_text(item_scores) where id = :id")
                .param("id", id)
                .query((rs, n) ->
                        items.put(CapabilityItem.valueOf(rs.getString("key")), Integer.parseInt(rs.getString("value"))))
                .list();
        return items;
    }

    private static String json(Map<CapabilityItem, Integer> items) {
        return items.entrySet().stream()
                .map(e -> "\"" + e.getKey().name() + "\":" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static AssessmentRecord record(ResultSet rs) throws SQLException {
        Map<CapabilityDimension, Integer> dimensions = new EnumMap<>(CapabilityDimension.class);
        dimensions.put(CapabilityDimension.SELF_CARE, rs.getInt("self_care"));
        dimensions.put(CapabilityDimension.MOBILITY, rs.getInt("mobility"));
        dimensions.put(CapabilityDimension.MENTAL, rs.getInt("mental"));
        dimensions.put(CapabilityDimension.PERCEPTION, rs.getInt("perception"));
        String adjustments = rs.getString("adjustments");
        return new AssessmentRecord(
                rs.getLong("id"),
                rs.getLong("elder_id"),
                rs.getString("agency"),
                rs.getString("first_name"),
                rs.getString("second_name"),
                AssessmentReason.valueOf(rs.getString("reason")),
                rs.getObject("assessed_on", LocalDate.class),
                dimensions,
                rs.getInt("raw_total"),
                new RiskFindings(
                        rs.getBoolean("coma"),
                        rs.getBoolean("dementia"),
                        rs.getBoolean("psychiatric"),
                        rs.getInt("risk_events")),
                CapabilityLevel.ofNumber(rs.getInt("preliminary_level")),
                adjustments.isEmpty()
                        ? List.of()
                        : Arrays.stream(adjustments.split(","))
                                .map(Adjustment::valueOf)
                                .toList(),
                CapabilityLevel.ofNumber(rs.getInt("final_level")),
                rs.getObject("next_due_on", LocalDate.class),
                rs.getString("recorded_by"));
    }
}
