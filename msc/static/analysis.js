// Evidence highlighting on the story page: switch all marks on or off, or focus one theme's marks.
(function () {
  "use strict";
  // Personal-data review: words selected in the text go into the "Words to mask" field.
  var piiText = document.querySelector("[data-testid=pii-text]");
  var fragment = document.getElementById("fragment");
  if (piiText && fragment) {
    piiText.addEventListener("mouseup", function () {
      var chosen = String(window.getSelection() || "").trim();
      if (chosen && chosen.length <= 200) { fragment.value = chosen; }
    });
  }
})();

(function () {
  "use strict";
  var box = document.querySelector(".evidence-text");
  if (!box) { return; }
  var toggle = document.getElementById("toggle-evidence");
  if (toggle) {
    toggle.addEventListener("change", function () {
      box.classList.toggle("evidence-off", !toggle.checked);
    });
  }
  var focused = null;
  document.querySelectorAll(".theme-focus").forEach(function (button) {
    button.addEventListener("click", function () {
      var key = button.getAttribute("data-theme");
      focused = focused === key ? null : key;
      box.querySelectorAll("mark.evidence").forEach(function (mark) {
        var themes = (mark.getAttribute("data-themes") || "").split(" ");
        mark.classList.toggle("evidence-dim", focused !== null && themes.indexOf(focused) < 0);
      });
      document.querySelectorAll(".theme-focus").forEach(function (b) {
        b.setAttribute("aria-pressed", String(b.getAttribute("data-theme") === focused));
      });
    });
  });
})();
