package org.minzheng.portal.apply;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.minzheng.assistance.AssistanceCases;
import org.minzheng.assistance.CaseNumber;
import org.minzheng.attachment.Attachments;
import org.minzheng.attachment.StoredFile;
import org.minzheng.attachment.Upload;
import org.minzheng.attachment.UploadRefused;
import org.minzheng.notification.CodeIssue;
import org.minzheng.notification.OneTimeCodes;
import org.minzheng.shared.PhoneNumber;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/** The steps of 码上办 that change something: keeping the files, sending the code, filing the case. */
@Service
class CaseApplications {

    /** What the one-time code confirms; the same purpose for sending and checking. */
    static final String CODE_PURPOSE = "assistance.apply";

    /** The owner kind the files are kept under until the assistance module binds them to the case. */
    static final String FILE_OWNER = "assistance-case";

    private final Attachments attachments;
    private final OneTimeCodes codes;
    private final AssistanceCases cases;

    CaseApplications(Attachments attachments, OneTimeCodes codes, AssistanceCases cases) {
        this.attachments = attachments;
        this.codes = codes;
        this.cases = cases;
    }

    /**
     * Keeps all files or none: one refused file rolls back those kept before it, so a citizen who fixes
     * the form never leaves half a set behind.
     *
     * @throws FileRefused naming the file and why
     */
    @Transactional
    List<StoredFile> store(List<MultipartFile> files) {
        List<StoredFile> stored = new ArrayList<>();
        for (MultipartFile file : files) {
            try {
                stored.add(attachments.store(new Upload(
                        file.getOriginalFilename(), file.getInputStream(), file.getSize(), FILE_OWNER, null)));
            } catch (UploadRefused refused) {
                throw new FileRefused(file.getOriginalFilename(), refused);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read an uploaded file", e);
            }
        }
        return stored;
    }

    CodeIssue sendCode(PhoneNumber phone) {
        return codes.issue(phone, CODE_PURPOSE);
    }

    /**
     * Checks the code and files the case in one transaction, so that a case the assistance module refuses
     * leaves the code unused for another try.
     *
     * @return the tracking number, or empty when the code is wrong, expired or used up
     * @throws org.minzheng.assistance.CaseRefused when the case cannot be filed
     */
    @Transactional
    Optional<CaseNumber> file(PendingCase pending, String code) {
        if (code == null || !code.strip().matches("[0-9]{6}")) {
            return Optional.empty();
        }
        if (!codes.verify(pending.phoneNumber(), CODE_PURPOSE, code.strip())) {
            return Optional.empty();
        }
        return Optional.of(cases.submit(pending.toNewCase(), pending.key()));
    }

    /** A file the attachment store would not keep, with the name the citizen knows it by. */
    static class FileRefused extends RuntimeException {

        private final String fileName;
        private final transient UploadRefused refusal;

        FileRefused(String fileName, UploadRefused refusal) {
            super(refusal.messageKey(), refusal);
            this.fileName = fileName == null ? "" : fileName;
            this.refusal = refusal;
        }

        String fileName() {
            return fileName;
        }

        UploadRefused refusal() {
            return refusal;
        }
    }
}
