package org.minzheng.eldercare.assessment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The assessment form as the phone posts it: one radio group per item, named {@code scores[ITEM]}. A bean
 * rather than a record because the item scores bind into a map by name.
 */
class AssessmentForm {

    private Map<String, Integer> scores = new HashMap<>();
    private boolean coma;
    private boolean dementia;
    private boolean psychiatric;

    @NotNull
    @Min(0)
    @Max(99)
    private Integer riskEvents = 0;

    @NotNull
    private AssessmentReason reason;

    @NotNull
    private Long agencyId;

    @NotNull
    private Long firstAssessorId;

    @NotNull
    private Long secondAssessorId;

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate assessedOn;

    public Map<String, Integer> getScores() {
        return scores;
    }

    public void setScores(Map<String, Integer> scores) {
        this.scores = scores;
    }

    public boolean isComa() {
        return coma;
    }

    public void setComa(boolean coma) {
        this.coma = coma;
    }

    public boolean isDementia() {
        return dementia;
    }

    public void setDementia(boolean dementia) {
        this.dementia = dementia;
    }

    public boolean isPsychiatric() {
        return psychiatric;
    }

    public void setPsychiatric(boolean psychiatric) {
        this.psychiatric = psychiatric;
    }

    public Integer getRiskEvents() {
        return riskEvents;
    }

    public void setRiskEvents(Integer riskEvents) {
        this.riskEvents = riskEvents;
    }

    public AssessmentReason getReason() {
        return reason;
    }

    public void setReason(AssessmentReason reason) {
        this.reason = reason;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(Long agencyId) {
        this.agencyId = agencyId;
    }

    public Long getFirstAssessorId() {
        return firstAssessorId;
    }

    public void setFirstAssessorId(Long firstAssessorId) {
        this.firstAssessorId = firstAssessorId;
    }

    public Long getSecondAssessorId() {
        return secondAssessorId;
    }

    public void setSecondAssessorId(Long secondAssessorId) {
        this.secondAssessorId = secondAssessorId;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public void setAssessedOn(LocalDate assessedOn) {
        this.assessedOn = assessedOn;
    }
}
