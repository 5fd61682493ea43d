package org.minzheng.charity.donation;

import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.charity.ledger.FundLedger;
import org.minzheng.charity.ledger.TransferKind;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.web.YuanFormat;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Allocates undirected gifts from a region's general fund (非定向资金池) to a project, audited. */
@Service
class GeneralFundService {

    static final String TARGET = "charity-fund";

    private final FundLedger ledger;
    private final AuditLog audit;

    GeneralFundService(FundLedger ledger, AuditLog audit) {
        this.ledger = ledger;
        this.audit = audit;
    }

    /**
     * Money given to a county stays there: its fund pays only that county's projects, the city's any project.
     *
     * @return the transfer's id
     * @throws org.minzheng.charity.ledger.LedgerRefusedException when the general fund holds less
     */
    @Transactional
    long allocate(RegionCode region, OpenProject project, long fen, String reason, String username) {
        if (!region.contains(RegionCode.of(project.regionCode()))) {
            throw new IllegalArgumentException("a general fund pays only projects within its own area");
        }
        long general = ledger.generalFund(region.value());
        long transfer = ledger.transfer(
                general, ledger.projectFund(project.id()), fen, TransferKind.ALLOCATION, reason, username);
        audit.record(AuditEvent.operation("charity.fund.allocate", TARGET, String.valueOf(general), region)
                .withDetail("transfer " + transfer + " / project " + project.id() + " / " + YuanFormat.INSTANCE.of(fen)
                        + " / " + reason));
        return transfer;
    }
}
