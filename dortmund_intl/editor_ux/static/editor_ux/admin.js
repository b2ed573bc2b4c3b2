/* Small enhancements every admin page shares (editor_ux). Progressive: without this
   script every form still works. No inline script; loaded with "defer". */
(function () {
  "use strict";
  var gettext = window.gettext || function (text) { return text; };
  var format = window.interpolate || function (text, args) { return text.replace("%s", args[0]); };

  /* 1. The rich-text editor's menu (django-prose-editor) names its buttons and block
     types in English without gettext; the dialogs use gettext already (its catalogue is
     part of the admin's /admin/jsi18n/). The labels, for makemessages: */
  var gettext_noop = window.gettext_noop || function (text) { return text; };
  var MENU_LABELS = [
    gettext_noop("bold"), gettext_noop("italic"), gettext_noop("strike"), gettext_noop("subscript"), gettext_noop("superscript"),
    gettext_noop("paragraph"), gettext_noop("Paragraph"), gettext_noop("unordered list"), gettext_noop("ordered list"),
    gettext_noop("blockquote"), gettext_noop("horizontal rule"), gettext_noop("insert link"), gettext_noop("remove link"),
    gettext_noop("undo"), gettext_noop("redo"), gettext_noop("edit HTML"), gettext_noop("Code block"), gettext_noop("Styles"),
    gettext_noop("heading %s"), gettext_noop("Heading %s")
  ];
  // Strings of Django's own admin scripts that its German catalogue lacks (the
  // selection widget for groups): translated in our catalogue, part of /admin/jsi18n/.
  var DJANGO_MISSING = [
    gettext_noop('Choose %s by selecting them and then select the "Choose" arrow button.'),
    gettext_noop("Choose all %s"), gettext_noop("Choose selected %s"),
    gettext_noop('Remove %s by selecting them and then select the "Remove" arrow button.'),
    gettext_noop("Remove all %s"), gettext_noop("Remove selected %s")
  ];
  var HEADING = /^(heading|Heading) (\d)$/;

  function translateLabel(text) {
    if (!text) return text;
    var heading = HEADING.exec(text);
    if (heading) return format(heading[1] === "Heading" ? gettext("Heading %s") : gettext("heading %s"), [heading[2]]);
    return MENU_LABELS.indexOf(text) >= 0 || DJANGO_MISSING.indexOf(text) >= 0 ? gettext(text) : text;
  }

  function translateMenu(root) {
    root.querySelectorAll("[title], [aria-label]").forEach(function (element) {
      ["title", "aria-label"].forEach(function (name) {
        var value = element.getAttribute(name);
        var translated = translateLabel(value);
        if (value && translated !== value) element.setAttribute(name, translated);
      });
    });
    root.querySelectorAll("*").forEach(function (element) {
      if (element.children.length === 0 && !element.classList.contains("material-icons")) {
        var text = element.textContent;
        var translated = translateLabel(text);
        if (translated !== text) element.textContent = translated;
      }
    });
  }

  function watchEditor(container) {
    if (!container || container.dataset.uxTranslated) return;
    container.dataset.uxTranslated = "1";
    translateMenu(container);
    new MutationObserver(function () { translateMenu(container); })
      .observe(container, { childList: true, subtree: true });
  }

  document.addEventListener("prose-editor:ready", function (event) {
    var textarea = event.detail && event.detail.textarea;
    watchEditor(textarea && textarea.closest(".prose-editor"));
  });
  document.querySelectorAll(".prose-editor").forEach(watchEditor);

  /* 2. Switching one field's DE/EN tab must not flip the form-wide language selector
     (modeltranslation sets it from every tab's "activate" event). The selector shows
     the language last chosen in it; it still switches all tabs when changed. */
  var $ = window.jQuery || (window.django && window.django.jQuery);
  if ($) {
    var chosen = null;
    // Capture phase: noted before modeltranslation's own handler switches the tabs.
    document.addEventListener("change", function (event) {
      if (event.target.id === "modeltranslation-main-switch") chosen = event.target.value;
    }, true);
    $(document).on("tabsactivate", function () {
      var select = document.getElementById("modeltranslation-main-switch");
      if (!select) return;
      if (chosen === null) chosen = select.options.length ? select.options[0].value : "0";
      select.value = chosen;
    });
  }

  /* 3. Rows with a position ("Mehr zum Thema", downloads, gallery) get up/down buttons
     that move the row and renumber the positions: no numbers to type. A new row goes
     to the end. Keyboard: the buttons are real buttons and keep the focus. */
  function positionInput(row) {
    return row.querySelector("td.field-sort_order input");
  }

  function rows(tbody) {
    return Array.prototype.filter.call(tbody.querySelectorAll("tr.form-row"), function (row) {
      return !row.classList.contains("empty-form") && positionInput(row);
    });
  }

  function renumber(tbody) {
    rows(tbody).forEach(function (row, index) {
      positionInput(row).value = String(index + 1);
    });
  }

  function move(row, direction) {
    var tbody = row.parentNode;
    var list = rows(tbody);
    var index = list.indexOf(row);
    var other = list[index + direction];
    if (!other) return;
    if (direction < 0) tbody.insertBefore(row, other);
    else tbody.insertBefore(other, row);
    renumber(tbody);
    var status = tbody.closest("fieldset, .inline-group").querySelector(".ux-order-status");
    if (status) status.textContent = format(gettext("Moved to position %s."), [list.indexOf(other) + 1]);
  }

  function enhanceRow(row) {
    var cell = row.querySelector("td.field-sort_order");
    if (!cell || cell.querySelector(".ux-move")) return;
    [[-1, gettext("Move up"), "\u2191"], [1, gettext("Move down"), "\u2193"]].forEach(function (spec) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "button ux-move";
      button.setAttribute("aria-label", spec[1]);
      button.title = spec[1];
      button.textContent = spec[2];
      button.addEventListener("click", function () {
        move(row, spec[0]);
        button.focus();
      });
      cell.appendChild(button);
    });
  }

  function enhanceGroup(group) {
    var tbody = group.querySelector("table tbody");
    if (!tbody || !tbody.querySelector("td.field-sort_order")) return;
    if (!group.querySelector(".ux-order-status")) {
      var status = document.createElement("p");
      status.className = "ux-order-status visually-hidden";
      status.setAttribute("role", "status");
      group.appendChild(status);
    }
    rows(tbody).forEach(enhanceRow);
  }

  document.querySelectorAll(".inline-group .tabular").forEach(enhanceGroup);
  document.addEventListener("formset:added", function (event) {
    var row = event.target;
    var tbody = row.parentNode;
    if (!positionInput(row)) return;
    // The new row goes to the end of the list, whatever its default position was.
    var positions = rows(tbody).filter(function (r) { return r !== row; }).map(function (r) {
      return parseInt(positionInput(r).value, 10) || 0;
    });
    positionInput(row).value = String(Math.max.apply(null, positions.concat([0])) + 1);
    enhanceRow(row);
  });
})();
