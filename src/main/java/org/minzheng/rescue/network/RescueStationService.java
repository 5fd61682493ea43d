package org.minzheng.rescue.network;

import java.time.LocalDate;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.shared.PhoneNumber;
import org.minzheng.shared.RegionCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changes to stations and their staff, each audited in the same transaction. */
@Service
class RescueStationService {

    static final String STATION = "rescue-station";
    static final String STAFF = "rescue-station-staff";

    private final RescueStationRepository repository;
    private final AuditLog audit;

    RescueStationService(RescueStationRepository repository, AuditLog audit) {
        this.repository = repository;
        this.audit = audit;
    }

    @Transactional
    long create(StationForm form, RegionCode region) {
        long id = repository.insert(form, region, phone(form.phone()));
        audit.record(AuditEvent.operation("rescue.station.create", STATION, String.valueOf(id), region)
                .withDetail(form.name().strip() + " / " + form.beds()));
        return id;
    }

    @Transactional
    void update(Station station, StationForm form, RegionCode region) {
        repository.update(station.id(), form, region, phone(form.phone()));
        audit.record(AuditEvent.operation("rescue.station.update", STATION, String.valueOf(station.id()), region)
                .withDetail(form.name().strip() + " / " + form.beds()));
    }

    @Transactional
    long addStaff(Station station, StaffForm form) {
        long id = repository.insertMember(station.id(), form, phone(form.phone()));
        audit.record(AuditEvent.operation("rescue.staff.create", STAFF, String.valueOf(id), station.region())
                .withDetail(station.name() + " / " + form.name().strip() + " / " + form.post()));
        return id;
    }

    @Transactional
    void updateStaff(Station station, StaffMember member, StaffForm form) {
        repository.updateMember(member.id(), form, phone(form.phone()));
        audit.record(AuditEvent.operation("rescue.staff.update", STAFF, String.valueOf(member.id()), station.region())
                .withDetail(station.name() + " / " + form.name().strip() + " / " + form.post()));
    }

    @Transactional
    void leave(Station station, StaffMember member, LocalDate on) {
        repository.leave(member.id(), on);
        audit.record(AuditEvent.operation("rescue.staff.leave", STAFF, String.valueOf(member.id()), station.region())
                .withDetail(station.name() + " / " + member.name() + " / " + on));
    }

    /** The number in its canonical form, so that the same phone always reads the same. */
    private static String phone(String typed) {
        return typed == null || typed.isBlank()
                ? null
                : PhoneNumber.parse(typed).value();
    }
}
