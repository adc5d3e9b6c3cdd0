// New round pages: offer only the domains the chosen period uses (the server refuses the others anyway).
(function () {
  "use strict";
  var holder = document.querySelector("[data-domains-by-period]");
  var period = document.getElementById("period");
  var box = document.getElementById("domains");
  if (!holder || !period || !box) { return; }
  var byPeriod = JSON.parse(holder.getAttribute("data-domains-by-period"));
  function offer() {
    var used = byPeriod[period.value] || [];
    box.querySelectorAll("input[name=domains]").forEach(function (input) {
      var keep = used.indexOf(parseInt(input.value, 10)) !== -1;
      var row = input.closest(".form-check");
      row.hidden = !keep;
      if (!keep) { input.checked = false; }
    });
  }
  period.addEventListener("change", offer);
  offer();
})();
