package org.minzheng.charity.project;

import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.charity.ledger.FundBalance;
import org.minzheng.charity.ledger.FundLedger;
import org.minzheng.charity.ledger.TransferKind;
import org.minzheng.registry.HouseholdDetails;
import org.minzheng.shared.Masking;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.web.YuanFormat;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changes to projects and their beneficiaries, each audited in the same transaction. */
@Service
class ProjectService {

    static final String TARGET = "charity-project";

    private final ProjectRepository repository;
    private final FundLedger ledger;
    private final AuditLog audit;

    ProjectService(ProjectRepository repository, FundLedger ledger, AuditLog audit) {
        this.repository = repository;
        this.ledger = ledger;
        this.audit = audit;
    }

    /** Stores a checked form as a new PROPOSED project of {@code region}. */
    @Transactional
    long create(ProjectForm form, long budgetFen, RegionCode region, String username) {
        long organisation = organisation(form);
        long id = repository.insert(form, budgetFen, organisation, region, username);
        audit.record(AuditEvent.operation("charity.project.create", TARGET, String.valueOf(id), region)
                .withDetail(form.name().strip() + " / " + form.organisation().strip() + " / " + form.needs()));
        return id;
    }

    @Transactional
    void update(Project project, ProjectForm form, long budgetFen) {
        long organisation = organisation(form);
        repository.update(project.id(), form, budgetFen, organisation);
        audit.record(AuditEvent.operation(
                        "charity.project.update", TARGET, String.valueOf(project.id()), region(project))
                .withDetail(form.name().strip() + " / " + form.organisation().strip() + " / " + form.needs()));
    }

    /**
     * Moves the project one step on; anything else is refused. A project closes only once its fund is empty: the
     * leftover goes to a similar project or the general fund first, so that a closed project never holds money.
     */
    @Transactional
    void advance(Project project, ProjectStatus to) {
        if (project.status().next().filter(to::equals).isEmpty()) {
            throw new ProjectRefusedException("charity.project.refused.status");
        }
        if (to == ProjectStatus.CLOSED) {
            long left =
                    ledger.ofProject(project.id()).map(FundBalance::balanceFen).orElse(0L);
            if (left > 0) {
                throw new ProjectRefusedException("charity.project.refused.leftover", YuanFormat.INSTANCE.of(left));
            }
        }
        repository.setStatus(project.id(), to);
        audit.record(
                AuditEvent.operation("charity.project.status", TARGET, String.valueOf(project.id()), region(project))
                        .withDetail(project.status() + " -> " + to));
    }

    /**
     * Passes the whole balance of a running project on, to a similar open project the caller has checked or, when
     * {@code toProject} is null, to the general fund of the project's region (慈善法 art. 58).
     *
     * @throws org.minzheng.charity.ledger.LedgerRefusedException when there is nothing left to pass on
     */
    @Transactional
    void passOnLeftover(Project project, Long toProject, String reason, String username) {
        if (project.status() != ProjectStatus.RUNNING) {
            throw new ProjectRefusedException("charity.project.refused.leftoverStatus");
        }
        long from = ledger.projectFund(project.id());
        long left = ledger.balance(from).balanceFen();
        if (left == 0) {
            throw new ProjectRefusedException("charity.project.refused.nothingLeft");
        }
        long to = toProject == null ? ledger.generalFund(project.regionCode()) : ledger.projectFund(toProject);
        long transfer = ledger.transfer(from, to, left, TransferKind.LEFTOVER, reason, username);
        audit.record(
                AuditEvent.operation("charity.project.leftover", TARGET, String.valueOf(project.id()), region(project))
                        .withDetail("transfer " + transfer + " / " + left + " fen -> "
                                + (toProject == null ? "general" : "project " + toProject)));
    }

    /**
     * Adds a household the caller has looked up within the staff member's scope. A household already helped by
     * another open project for the same need is added only with a reason, which is stored.
     */
    @Transactional
    long addBeneficiary(Project project, HouseholdDetails household, String category, String reason, String username) {
        if (!project.status().open()) {
            throw new ProjectRefusedException("charity.project.refused.closed");
        }
        if (!project.needs().contains(category)) {
            throw new ProjectRefusedException("charity.project.refused.need");
        }
        long householdId = household.id().value();
        if (repository.isBeneficiary(project.id(), householdId)) {
            throw new ProjectRefusedException("charity.project.refused.already", household.number());
        }
        var others = repository.otherOpenProjects(project.id(), householdId, category);
        String why = ProjectForm.blankToNull(reason);
        if (!others.isEmpty() && why == null) {
            throw new ProjectRefusedException(
                    "charity.project.refused.doubleCounted", household.number(), String.join("、", others));
        }
        long id = repository.addBeneficiary(
                project.id(),
                householdId,
                category,
                household.village(),
                household.number(),
                Masking.name(household.head().name()),
                others.isEmpty() ? null : why,
                username);
        audit.record(AuditEvent.operation(
                        "charity.project.beneficiary.add", TARGET, String.valueOf(project.id()), household.village())
                .withDetail("household " + householdId + " " + category + (why == null ? "" : " / " + why)));
        return id;
    }

    @Transactional
    void removeBeneficiary(Project project, Beneficiary beneficiary) {
        if (!project.status().open()) {
            throw new ProjectRefusedException("charity.project.refused.closed");
        }
        repository.removeBeneficiary(beneficiary.id());
        audit.record(AuditEvent.operation(
                        "charity.project.beneficiary.remove", TARGET, String.valueOf(project.id()), region(project))
                .withDetail("household " + beneficiary.householdId() + " " + beneficiary.categoryCode()));
    }

    private long organisation(ProjectForm form) {
        return repository.organisation(
                form.organisation().strip(), form.creditCodeOrNull(), ProjectForm.blankToNull(form.contact()));
    }

    private static RegionCode region(Project project) {
        return RegionCode.of(project.regionCode());
    }
}
