package org.minzheng.policy.parameter;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.minzheng.region.RegionSummary;
import org.minzheng.region.Regions;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.web.ExcelExport;
import org.minzheng.shared.web.Messages;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 地方标准 in the console: the standards rules read, per region and period, with their history. The
 * standards are published figures, so every reader sees those of the whole city; only city
 * administrators record or correct them.
 */
@Controller
@RequestMapping("/console/policy/parameters")
@PreAuthorize("hasAuthority('policy:parameter:view')")
class ParameterController {

    private final ParameterRepository parameters;
    private final ParameterBook book;
    private final LocalStandards standards;
    private final Regions regions;
    private final Messages messages;
    private final Clock clock;

    ParameterController(
            ParameterRepository parameters,
            ParameterBook book,
            LocalStandards standards,
            Regions regions,
            Messages messages,
            Clock clock) {
        this.parameters = parameters;
        this.book = book;
        this.standards = standards;
        this.regions = regions;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String list(
            @RequestParam(defaultValue = "") String programme,
            @RequestParam(defaultValue = "") String region,
            @RequestParam(defaultValue = "") String at,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            Model model) {
        RegionCode filter = RegionCode.isValid(region) ? RegionCode.of(region) : null;
        List<ParameterValue> rows = parameters.current(programme, filter);
        model.addAttribute("rows", rows);
        model.addAttribute("names", regionNames(rows));
        model.addAttribute("programme", programme);
        model.addAttribute("region", filter == null ? "" : filter.value());
        model.addAttribute("programmes", programmes());
        model.addAttribute("regionChoices", regionChoices());
        LocalDate on = day == null ? LocalDate.now(clock) : day;
        RegionCode place = RegionCode.isValid(at) ? RegionCode.of(at) : null;
        model.addAttribute("day", on);
        model.addAttribute("at", place == null ? "" : place.value());
        if (place != null) {
            model.addAttribute("applying", standards.applying(place, on));
            model.addAttribute("atName", regions.nameOf(place));
        }
        return "policy/parameters";
    }

    @GetMapping("/export")
    void export(
            @RequestParam(defaultValue = "") String programme,
            @RequestParam(defaultValue = "") String region,
            HttpServletResponse response) {
        RegionCode filter = RegionCode.isValid(region) ? RegionCode.of(region) : null;
        List<ParameterValue> rows = parameters.current(programme, filter);
        List<String> names = regionNames(rows);
        List<List<Object>> table = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ParameterValue row = rows.get(i);
            table.add(Arrays.asList(
                    row.region().value(),
                    names.get(i),
                    messages.get(row.parameter().programmeKey()),
                    messages.get(row.parameter().labelKey()),
                    row.display(),
                    row.validFrom().toString(),
                    row.validUntil() == null ? "" : row.validUntil().toString(),
                    row.note() == null ? "" : row.note(),
                    row.demo() ? messages.get("parameter.demo") : "",
                    row.recordedBy()));
        }
        ExcelExport.write(
                response,
                messages.get("parameter.export.file"),
                List.of(
                        messages.get("parameter.column.regionCode"),
                        messages.get("parameter.column.region"),
                        messages.get("parameter.column.programme"),
                        messages.get("parameter.column.parameter"),
                        messages.get("parameter.column.value"),
                        messages.get("parameter.column.validFrom"),
                        messages.get("parameter.column.validUntil"),
                        messages.get("parameter.column.note"),
                        messages.get("parameter.column.demo"),
                        messages.get("parameter.column.recordedBy")),
                table);
    }

    @GetMapping("/{id}/history")
    String history(@PathVariable long id, Model model) {
        ParameterValue value = book.existing(id);
        model.addAttribute("value", value);
        model.addAttribute("regionName", regions.nameOf(value.region()));
        model.addAttribute("rows", parameters.history(value.region(), value.parameter()));
        return "policy/parameter-history";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('policy:parameter:manage')")
    String newForm(Model model) {
        model.addAttribute("parameterForm", ParameterForm.empty(LocalDate.now(clock)));
        return form(model, null);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('policy:parameter:manage')")
    String record(
            @Valid @ModelAttribute("parameterForm") ParameterForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Optional<RegionCode> region = choosable(form.region());
        if (region.isEmpty() && !errors.hasFieldErrors("region")) {
            errors.rejectValue("region", "parameter.validation.region");
        }
        Optional<Long> id = errors.hasErrors()
                ? Optional.empty()
                : book.record(form, region.get(), errors, CurrentStaff.require().username());
        if (id.isEmpty()) {
            return form(model, null);
        }
        redirect.addFlashAttribute("flashSuccess", messages.get("parameter.flash.recorded"));
        return "redirect:/console/policy/parameters?region=" + region.get().value();
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('policy:parameter:manage')")
    String editForm(@PathVariable long id, Model model) {
        ParameterValue value = book.existing(id);
        model.addAttribute("parameterForm", ParameterForm.correcting(value));
        return form(model, value);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('policy:parameter:manage')")
    String correct(
            @PathVariable long id,
            @Valid @ModelAttribute("parameterForm") ParameterForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        ParameterValue old = book.existing(id);
        Optional<Long> newId = errors.hasErrors()
                ? Optional.empty()
                : book.correct(id, form, errors, CurrentStaff.require().username());
        if (newId.isEmpty()) {
            return form(model, old);
        }
        redirect.addFlashAttribute("flashSuccess", messages.get("parameter.flash.corrected"));
        return "redirect:/console/policy/parameters/" + newId.get() + "/history";
    }

    @PostMapping("/{id}/withdraw")
    @PreAuthorize("hasAuthority('policy:parameter:manage')")
    String withdraw(@PathVariable long id, RedirectAttributes redirect) {
        ParameterValue old = book.existing(id);
        book.withdraw(id, CurrentStaff.require().username());
        redirect.addFlashAttribute("flashSuccess", messages.get("parameter.flash.withdrawn"));
        return "redirect:/console/policy/parameters?region=" + old.region().value();
    }

    private String form(Model model, ParameterValue existing) {
        model.addAttribute("existing", existing);
        model.addAttribute("existingRegionName", existing == null ? null : regions.nameOf(existing.region()));
        model.addAttribute("parameters", Parameter.values());
        model.addAttribute("regionChoices", regionChoices());
        return "policy/parameter-form";
    }

    private List<RegionSummary> regionChoices() {
        return standards.places(CurrentStaff.scope());
    }

    private Optional<RegionCode> choosable(String code) {
        if (!RegionCode.isValid(code)) {
            return Optional.empty();
        }
        RegionCode region = RegionCode.of(code);
        return regionChoices().stream()
                .map(RegionSummary::code)
                .filter(region::equals)
                .findFirst();
    }

    private List<String> regionNames(List<ParameterValue> rows) {
        return rows.stream().map(row -> regions.nameOf(row.region())).toList();
    }

    private static List<String> programmes() {
        return new ArrayList<>(new LinkedHashSet<>(
                Arrays.stream(Parameter.values()).map(Parameter::programme).toList()));
    }
}
