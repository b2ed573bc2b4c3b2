/* Leichte-Sprache hints while the editor writes: sends the texts to the server's hints
   view (hints.py does the checking) a moment after the last keystroke and shows the
   answer. Without this script the hints appear after saving. */
// The admin loads form media in the page head: start once the form is there.
document.addEventListener("DOMContentLoaded", function () {
  "use strict";
  var box = document.querySelector(".easy-read-hints[data-hints-url]");
  if (!box) { return; }
  var form = box.closest("form");
  var names = box.getAttribute("data-fields").split(" ");
  var timer = null;
  var last = "";

  function values() {
    var data = new FormData();
    names.forEach(function (name) {
      var field = form.elements.namedItem(name);
      data.append(name, field && "value" in field ? field.value : "");
    });
    return data;
  }

  function refresh() {
    var data = values();
    var key = names.map(function (name) { return data.get(name); }).join("\u0000");
    if (key === last) { return; }
    last = key;
    data.append("csrfmiddlewaretoken", form.elements.namedItem("csrfmiddlewaretoken").value);
    fetch(box.getAttribute("data-hints-url"), {
      method: "POST", body: data, credentials: "same-origin",
    }).then(function (response) {
      return response.ok ? response.text() : null;
    }).then(function (html) {
      if (html !== null) { box.innerHTML = html; }
    }).catch(function () { /* keep the hints shown; they refresh on the next change */ });
  }

  function later() {
    window.clearTimeout(timer);
    timer = window.setTimeout(refresh, 600);
  }

  // The rich-text editor writes into its hidden textarea after every change; listening on
  // the form catches typing in any field, the editor's included.
  form.addEventListener("input", later);
  form.addEventListener("change", later);
  form.addEventListener("keyup", later);
});
