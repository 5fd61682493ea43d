package org.minzheng.childwelfare.funding;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who each fund pays for. Every fund pays only for a child with a disability, within its age range; the
 * 残联 fund needs the county federation's rehabilitation-assistance approval, medical insurance needs that
 * approval and enrolment in residents' medical insurance, and the 明天计划 pays for orphans and abandoned
 * children in the home's care. A refusal is a message key saying why, for the yearly report.
 */
final class FundEligibility {

    private FundEligibility() {}

    /** What the funds look at in a child's record. */
    record Child(
            LocalDate birthDate,
            String guardianship,
            String disabilityType,
            boolean rehabRegistered,
            boolean medicalInsured) {}

    record Fund(
            String code,
            String nameZh,
            String nameEn,
            long annualCapFen,
            int payOrder,
            int minAge,
            int maxAge,
            boolean requiresRehabRegistration,
            boolean requiresMedicalInsurance,
            boolean requiresOrphan,
            double warnBelowShare) {

        Optional<String> refusal(Child child, LocalDate day) {
            int age = FundAllocation.ageOn(child.birthDate(), day);
            if ("NONE".equals(child.disabilityType())) {
                return Optional.of("childwelfare.fund.refused.noDisability");
            }
            if (age < minAge || age > maxAge) {
                return Optional.of("childwelfare.fund.refused.age");
            }
            if (requiresRehabRegistration && !child.rehabRegistered()) {
                return Optional.of("childwelfare.fund.refused.rehabRegistration");
            }
            if (requiresMedicalInsurance && !child.medicalInsured()) {
                return Optional.of("childwelfare.fund.refused.medicalInsurance");
            }
            if (requiresOrphan && !"ORPHAN".equals(child.guardianship()) && !"ABANDONED".equals(child.guardianship())) {
                return Optional.of("childwelfare.fund.refused.orphan");
            }
            return Optional.empty();
        }
    }

    static List<Fund> funds(JdbcClient jdbc) {
        return jdbc.sql("select * from childwelfare.funds order by pay_order")
                .query((rs, n) -> new Fund(
                        rs.getString("code"),
                        rs.getString("name_zh"),
                        rs.getString("name_en"),
                        rs.getLong("annual_cap_fen"),
                        rs.getInt("pay_order"),
                        rs.getInt("min_age"),
                        rs.getInt("max_age"),
                        rs.getBoolean("requires_rehab_registration"),
                        rs.getBoolean("requires_medical_insurance"),
                        rs.getBoolean("requires_orphan"),
                        rs.getDouble("warn_below_share")))
                .list();
    }
}
