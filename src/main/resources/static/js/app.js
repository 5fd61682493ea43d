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
