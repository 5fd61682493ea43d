package org.minzheng.notification.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.notification.outbox.SmsStatus;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.web.ExcelExport;
import org.minzheng.shared.web.Messages;
import org.minzheng.shared.web.PageLinks;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * 短信记录: the outbox, newest first, to answer "did the citizen get the message?". Read-only: the
 * dispatcher alone changes messages. City-wide, see {@link MessageQuery}.
 */
@Controller
@RequestMapping(MessageController.PATH)
@PreAuthorize("hasAuthority('" + NotificationConsole.VIEW + "')")
class MessageController {

    static final String PATH = "/console/notification/messages";
    static final int PAGE_SIZE = 20;
    static final int EXPORT_LIMIT = 50_000;
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

    private final MessageQuery messagesQuery;
    private final Messages messages;
    private final AuditLog audit;

    MessageController(MessageQuery messagesQuery, Messages messages, AuditLog audit) {
        this.messagesQuery = messagesQuery;
        this.messages = messages;
        this.audit = audit;
    }

    @GetMapping
    String list(
            @Valid @ModelAttribute("search") MessageSearch search,
            BindingResult errors,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("statuses", SmsStatus.values());
        model.addAttribute("invalid", errors.hasErrors());
        if (errors.hasErrors()) {
            model.addAttribute("rows", List.of());
            return "notification/messages";
        }
        Page<MessageRow> found = messagesQuery.search(search, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("rows", found.getContent());
        model.addAttribute("pages", PageLinks.of(found));
        model.addAttribute("pageBase", "?" + search.queryString());
        model.addAttribute("exportQuery", search.queryString());
        return "notification/messages";
    }

    @GetMapping("/export")
    void export(@Valid MessageSearch search, BindingResult errors, HttpServletResponse response) {
        // The list offers no export link for a bad filter, so one here is a crafted URL.
        if (errors.hasErrors()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        List<MessageRow> found = messagesQuery.list(search, EXPORT_LIMIT + 1);
        audit.record(AuditEvent.operation(
                        "notification.messages.export",
                        "notification.sms_outbox",
                        null,
                        CurrentStaff.scope().root())
                .withDetail(Math.min(found.size(), EXPORT_LIMIT) + " rows; " + search.queryString()));
        List<List<Object>> rows = new ArrayList<>(
                found.stream().limit(EXPORT_LIMIT).map(this::row).toList());
        if (found.size() > EXPORT_LIMIT) {
            rows.add(List.of(messages.get("notification.export.capped", EXPORT_LIMIT)));
        }
        ExcelExport.write(
                response,
                messages.get("notification.messages.title"),
                List.of(
                        messages.get("notification.message.createdAt"),
                        messages.get("notification.message.status"),
                        messages.get("notification.message.phone"),
                        messages.get("notification.message.purpose"),
                        messages.get("notification.message.reference"),
                        messages.get("notification.message.attempts"),
                        messages.get("notification.message.nextAttemptAt"),
                        messages.get("notification.message.sentAt"),
                        messages.get("notification.message.text"),
                        messages.get("notification.message.lastError")),
                rows);
    }

    private List<Object> row(MessageRow message) {
        return List.of(
                time(message.createdAt()),
                messages.get("notification.status." + message.status().name()),
                message.phone(),
                message.purpose(),
                orEmpty(message.reference()),
                message.attempts(),
                time(message.nextAttemptAt()),
                time(message.sentAt()),
                message.text(),
                orEmpty(message.lastError()));
    }

    private static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
