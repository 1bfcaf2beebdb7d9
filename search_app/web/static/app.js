/* Safeguarding Lessons: small enhancements. Everything works without this file. */
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  if (!form) { return; }

  document.documentElement.className += " js-enabled";

  // Filters apply as soon as a box is ticked; the page says so beforehand.
  var note = form.querySelector(".js-only");
  if (note) { note.hidden = false; }
  var FOCUS_KEY = "lessons.focus";
  form.addEventListener("change", function (event) {
    var target = event.target;
    if (target && (target.type === "checkbox" || target.id === "sort")) {
      // The page reloads: remember the control by its name and value (ids follow
      // the counts' order, which the new page may change), to give it focus back.
      try {
        sessionStorage.setItem(FOCUS_KEY, JSON.stringify({name: target.name, value: target.value, id: target.id}));
      } catch (e) { /* storage refused: focus starts at the top, as without scripts */ }
      if (form.requestSubmit) { form.requestSubmit(); } else { form.submit(); }
    }
  });
  var remembered = null;
  try {
    remembered = JSON.parse(sessionStorage.getItem(FOCUS_KEY) || "null");
    sessionStorage.removeItem(FOCUS_KEY);
  } catch (e) { remembered = null; }

  // Narrow screens: the filters wait behind the "Filter results" button.
  var filters = document.getElementById("filters");
  var toggle = form.querySelector(".filters-toggle__button");
  if (filters && toggle) {
    var setOpen = function (open) {
      filters.classList.toggle("filters--collapsed", !open);
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
    };
    setOpen(Boolean(remembered));
    toggle.addEventListener("click", function (event) {
      event.preventDefault();
      var opening = filters.classList.contains("filters--collapsed");
      setOpen(opening);
      if (opening) { filters.setAttribute("tabindex", "-1"); filters.focus(); }
    });
  }

  if (remembered) {
    var fields = form.querySelectorAll("input[name], select[name]");
    for (var i = 0; i < fields.length; i++) {
      var field = fields[i];
      if (field.name === remembered.name && (field.tagName === "SELECT" || field.value === remembered.value)) {
        var folded = field.closest("details:not([open])");
        while (folded) { folded.open = true; folded = folded.parentElement && folded.parentElement.closest("details:not([open])"); }
        field.focus();
        break;
      }
    }
  }

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
