/* Safeguarding Lessons: small enhancements. Everything works without this file. */
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  if (!form) { return; }

  // Filters apply as soon as a box is ticked; the page says so beforehand.
  var note = form.querySelector(".js-only");
  if (note) { note.hidden = false; }
  form.addEventListener("change", function (event) {
    var target = event.target;
    if (target && (target.type === "checkbox" || target.id === "sort")) {
      if (form.requestSubmit) { form.requestSubmit(); } else { form.submit(); }
    }
  });

  // Empty fields need not clutter the address that is bookmarked or shared.
  form.addEventListener("submit", function () {
    Array.prototype.forEach.call(form.querySelectorAll("input[name], select[name]"), function (field) {
      if ((field.type === "text" || field.type === "search") && field.value.trim() === "") {
        field.disabled = true;
      }
      if (field.name === "sort" && field.value === "relevance") { field.disabled = true; }
    });
  });

  var summary = document.querySelector(".error-summary");
  if (summary) { summary.focus(); }
})();
