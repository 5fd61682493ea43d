package org.minzheng.staff.role;

import jakarta.validation.Valid;
import java.util.HashSet;
import java.util.Set;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.web.Messages;
import org.minzheng.shared.web.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 角色管理: roles are city-wide; an administrator may put into a role only permissions they hold, and
 * the five built-in roles keep their codes because the system refers to them.
 */
@Controller
@RequestMapping("/console/staff/roles")
@PreAuthorize("hasAuthority('staff:role:view')")
class RoleController {

    private final RoleRepository roles;
    private final PermissionCatalogue catalogue;
    private final AuditLog audit;
    private final Messages messages;

    RoleController(RoleRepository roles, PermissionCatalogue catalogue, AuditLog audit, Messages messages) {
        this.roles = roles;
        this.catalogue = catalogue;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("roles", roles.findAll());
        return "staff/roles";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('staff:role:manage')")
    String newForm(Model model) {
        return form(model, RoleForm.empty(), null);
    }

    @GetMapping("/{code}")
    String edit(@PathVariable String code, Model model) {
        Role role = roles.find(code).orElseThrow(() -> new NotFoundException("role"));
        return form(model, RoleForm.of(role), role);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('staff:role:manage')")
    @Transactional
    String create(
            @Valid @ModelAttribute("form") RoleForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("code") && roles.exists(form.code())) {
            errors.rejectValue("code", "role.code.taken");
        }
        checkPermissions(form, errors);
        if (errors.hasErrors()) {
            return form(model, form, null);
        }
        roles.insert(form.toRole());
        audit.record(AuditEvent.operation("staff.role.create", "staff.role", form.code(), null)
                .withDetail(String.join(",", form.permissions())));
        redirect.addFlashAttribute("flashSuccess", messages.get("role.saved", form.nameZh()));
        return "redirect:/console/staff/roles";
    }

    @PostMapping("/{code}")
    @PreAuthorize("hasAuthority('staff:role:manage')")
    @Transactional
    String update(
            @PathVariable String code,
            @Valid @ModelAttribute("form") RoleForm submitted,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Role existing = roles.find(code).orElseThrow(() -> new NotFoundException("role"));
        var form = new RoleForm(
                existing.code(),
                submitted.nameZh(),
                submitted.nameEn(),
                submitted.description(),
                submitted.requiresSecondFactor(),
                submitted.permissions());
        if (!CurrentStaff.authorities().containsAll(existing.permissions())) {
            errors.reject("role.notManageable");
        }
        checkPermissions(form, errors);
        if (errors.hasErrors()) {
            return form(model, form, existing);
        }
        roles.update(form.toRole());
        Set<String> added = new HashSet<>(form.permissions());
        added.removeAll(existing.permissions());
        Set<String> removed = new HashSet<>(existing.permissions());
        removed.removeAll(form.permissions());
        audit.record(AuditEvent.operation("staff.role.update", "staff.role", code, null)
                .withDetail("+" + String.join(",", added) + " -" + String.join(",", removed)));
        redirect.addFlashAttribute("flashSuccess", messages.get("role.saved", form.nameZh()));
        return "redirect:/console/staff/roles";
    }

    @PostMapping("/{code}/delete")
    @PreAuthorize("hasAuthority('staff:role:manage')")
    @Transactional
    String delete(@PathVariable String code, RedirectAttributes redirect) {
        Role role = roles.find(code).orElseThrow(() -> new NotFoundException("role"));
        if (role.builtin()) {
            redirect.addFlashAttribute("flashError", messages.get("role.builtinKept"));
        } else if (role.accountCount() > 0) {
            redirect.addFlashAttribute("flashError", messages.get("role.inUse", role.accountCount()));
        } else {
            roles.delete(code);
            audit.record(AuditEvent.operation("staff.role.delete", "staff.role", code, null));
            redirect.addFlashAttribute("flashSuccess", messages.get("role.deleted", role.nameZh()));
        }
        return "redirect:/console/staff/roles";
    }

    private void checkPermissions(RoleForm form, BindingResult errors) {
        Set<String> known = catalogue.all();
        if (!known.containsAll(form.permissions())) {
            errors.rejectValue("permissions", "role.permissions.unknown");
        } else if (!CurrentStaff.authorities().containsAll(form.permissions())) {
            errors.rejectValue("permissions", "role.permissions.notGrantable");
        }
    }

    private String form(Model model, RoleForm form, Role existing) {
        model.addAttribute("form", form);
        model.addAttribute("role", existing);
        model.addAttribute("groups", catalogue.groups());
        model.addAttribute("grantable", CurrentStaff.authorities());
        return "staff/role-form";
    }
}
