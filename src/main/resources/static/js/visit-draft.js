// The home-visit form keeps what the caseworker types in the phone's storage, so a dropped
// connection in a farmhouse loses nothing: a submit while offline waits and is sent on reconnect.
// The versions travel with the draft, so a draft older than someone else's save is refused by the
// server as a conflict instead of overwriting it.
(function () {
    "use strict";
    var form = document.getElementById("visit-form");
    if (!form) {
        return;
    }
    var key = form.getAttribute("data-draft-key");
    var store;
    try {
        store = window.localStorage;
    } catch (blocked) {
        return;
    }
    var tables = ["members", "incomes", "assets", "expenses"];

    function show(id, on) {
        var element = document.getElementById(id);
        if (element) {
            element.hidden = !on;
        }
    }

    function fields() {
        return Array.prototype.filter.call(form.elements, function (element) {
            return element.name && element.name !== "_csrf" && element.name !== "action"
                && element.type !== "submit" && element.type !== "button" && element.type !== "file"
                && !(element.type === "hidden" && element.name.charAt(0) === "_");
        });
    }

    function values() {
        var result = {};
        fields().forEach(function (element) {
            result[element.name] = element.type === "checkbox" ? element.checked : element.value;
        });
        return result;
    }

    function rowCount(table) {
        return form.querySelectorAll("[data-row='" + table + "']").length;
    }

    function read() {
        try {
            return JSON.parse(store.getItem(key) || "null");
        } catch (broken) {
            return null;
        }
    }

    function save(action) {
        var counts = {};
        tables.forEach(function (table) {
            counts[table] = rowCount(table);
        });
        store.setItem(key, JSON.stringify({values: values(), counts: counts, pending: action || null}));
    }

    // A new line is a copy of the last one with empty values and the next index in its names.
    function addRow(table) {
        var rows = form.querySelectorAll("[data-row='" + table + "']");
        if (rows.length === 0) {
            return;
        }
        var last = rows[rows.length - 1];
        var next = rows.length;
        var copy = last.cloneNode(true);
        copy.querySelectorAll(".field-error").forEach(function (error) {
            error.remove();
        });
        copy.querySelectorAll(".has-error").forEach(function (field) {
            field.classList.remove("has-error");
        });
        copy.querySelectorAll("input, select, textarea, label").forEach(function (element) {
            ["name", "id", "for"].forEach(function (attribute) {
                var value = element.getAttribute(attribute);
                if (value) {
                    element.setAttribute(attribute, value
                        .replace(new RegExp("^" + table + "\\[\\d+\\]"), table + "[" + next + "]")
                        .replace(new RegExp("^_" + table + "\\[\\d+\\]"), "_" + table + "[" + next + "]")
                        .replace(new RegExp("^" + table + "\\d+"), table + next));
                }
            });
            if (element.type === "checkbox") {
                element.checked = false;
            } else if (element.tagName === "SELECT") {
                element.selectedIndex = 0;
            } else if (element.tagName !== "LABEL" && element.type !== "hidden") {
                element.value = "";
            }
        });
        last.parentNode.appendChild(copy);
    }

    function restore(draft) {
        tables.forEach(function (table) {
            while (draft.counts && rowCount(table) < (draft.counts[table] || 0)) {
                addRow(table);
            }
        });
        fields().forEach(function (element) {
            if (Object.prototype.hasOwnProperty.call(draft.values, element.name)) {
                if (element.type === "checkbox") {
                    element.checked = draft.values[element.name] === true;
                } else {
                    element.value = draft.values[element.name];
                }
            }
        });
    }

    function sameAsPage(draft) {
        var current = values();
        return Object.keys(draft.values).every(function (name) {
            return !Object.prototype.hasOwnProperty.call(current, name) || current[name] === draft.values[name];
        });
    }

    function send(action) {
        var input = document.createElement("input");
        input.type = "hidden";
        input.name = "action";
        input.value = action;
        form.appendChild(input);
        form.submit();
    }

    var editable = document.getElementById("visit-save") !== null;
    if (form.getAttribute("data-saved") === "true" || !editable) {
        store.removeItem(key);
    }
    var draft = read();
    if (draft && draft.values) {
        if (!sameAsPage(draft)) {
            restore(draft);
            show("visit-restored", true);
        }
        if (draft.pending && navigator.onLine) {
            show("visit-sending", true);
            send(draft.pending);
            return;
        }
    }

    form.addEventListener("input", function () {
        save(null);
    });
    form.addEventListener("change", function () {
        save(null);
    });
    form.addEventListener("click", function (event) {
        var add = event.target.closest("[data-add-row]");
        if (add) {
            event.preventDefault();
            addRow(add.getAttribute("data-add-row"));
            save(null);
            return;
        }
        var asking = event.target.closest("[data-confirm-click]");
        if (asking && !window.confirm(asking.getAttribute("data-confirm-click"))) {
            event.preventDefault();
        }
    });
    form.addEventListener("submit", function (event) {
        var action = event.submitter && event.submitter.value ? event.submitter.value : "save";
        if (!navigator.onLine) {
            event.preventDefault();
            save(action);
            show("visit-offline", true);
            return;
        }
        save(null);
    });
    window.addEventListener("offline", function () {
        show("visit-offline", true);
    });
    window.addEventListener("online", function () {
        show("visit-offline", false);
        var waiting = read();
        if (waiting && waiting.pending) {
            show("visit-sending", true);
            send(waiting.pending);
        }
    });
    var discard = document.getElementById("visit-discard");
    if (discard) {
        discard.addEventListener("click", function () {
            store.removeItem(key);
            window.location.reload();
        });
    }
}());
