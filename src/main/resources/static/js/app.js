// htmx requests carry the CSRF token the page was rendered with; pages work without this script too.
document.addEventListener("htmx:configRequest", function (event) {
    var header = document.querySelector('meta[name="_csrf_header"]');
    var token = document.querySelector('meta[name="_csrf"]');
    if (header && token) {
        event.detail.headers[header.content] = token.content;
    }
});
// Buttons that change state ask first when they carry data-confirm.
document.addEventListener("submit", function (event) {
    var message = event.target.getAttribute("data-confirm");
    if (message && !window.confirm(message)) {
        event.preventDefault();
    }
});
// Print buttons (data-print) open the browser's print dialog; an inline onclick would break the CSP.
document.addEventListener("click", function (event) {
    if (event.target.closest("[data-print]")) {
        window.print();
    }
});
// A filter whose choice changes what the next field offers (data-submit-on-change, e.g. a township before its
// villages) searches at once; without the script the user presses 查询 in between.
document.addEventListener("change", function (event) {
    var field = event.target.closest("[data-submit-on-change]");
    if (field && field.form) {
        field.form.submit();
    }
});
