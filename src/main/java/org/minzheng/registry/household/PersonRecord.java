package org.minzheng.registry.household;

import java.time.LocalDate;
import org.minzheng.registry.WorkAbility;
import org.minzheng.shared.Sex;

/** A person ready to be inserted: personal data already encrypted and indexed. */
record PersonRecord(
        String name,
        byte[] idNumberCipher,
        String idNumberIndex,
        Sex sex,
        LocalDate birthDate,
        String relationship,
        boolean head,
        byte[] phoneCipher,
        String phoneIndex,
        String disabilityCategory,
        String disabilityGrade,
        WorkAbility workAbility) {}
