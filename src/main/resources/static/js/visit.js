// The caregiver's check-in and check-out: the moment of the tap counts (a phone without signal submits
// later), and the position is sent only if the caregiver's browser is allowed to tell it.
(function () {
    "use strict";
    var forms = document.querySelectorAll("form.geo-form");
    if (forms.length === 0) {
        return;
    }
    function fill(form, name, value) {
        var input = form.querySelector("input[name='" + name + "']");
        if (input) {
            input.value = value;
        }
    }
    if (navigator.geolocation) {
        navigator.geolocation.getCurrentPosition(function (position) {
            forms.forEach(function (form) {
                fill(form, "latitude", position.coords.latitude.toFixed(6));
                fill(form, "longitude", position.coords.longitude.toFixed(6));
            });
        }, function () { /* no position: the visit is recorded without one */ }, {timeout: 10000, maximumAge: 60000});
    }
    forms.forEach(function (form) {
        form.addEventListener("submit", function () {
            fill(form, "tappedAt", new Date().toISOString());
        });
    });
})();
