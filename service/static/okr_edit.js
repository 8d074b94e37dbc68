// Live critic findings on the OKR edit forms. A form with data-critique posts its fields to
// that URL a moment after the PM stops typing and redraws each [data-findings] box from the
// JSON answer. Without JavaScript the forms still save by plain submit and the page shows the
// findings of what was saved.
(function () {
  "use strict";
  const DELAY_MS = 400;

  function place(finding) {
    const o = finding.objective_index === null ? "" : finding.objective_index;
    const k = finding.kr_index === null ? "" : finding.kr_index;
    return o + "." + k;
  }

  function item(finding) {
    const li = document.createElement("li");
    li.className = "finding finding-" + finding.severity;
    li.dataset.code = finding.code;
    const badge = document.createElement("span");
    badge.className = "badge " + (finding.severity === "block" ? "badge-declined" : "badge-in_progress");
    badge.textContent = finding.severity;
    const code = document.createElement("code");
    code.textContent = finding.code;
    const fix = document.createElement("span");
    fix.className = "meta";
    fix.textContent = "Fix: " + finding.suggestion;
    li.append(badge, " ", code, " " + finding.message + " ", fix);
    return li;
  }

  function verdict(critique) {
    const badge = document.getElementById("verdict");
    if (!badge) {
      return;
    }
    const n = critique.blocking;
    badge.className = "badge " + (critique.passes ? "badge-shipped" : "badge-declined");
    badge.textContent = critique.passes
      ? "passes the critic"
      : n + " blocking finding" + (n === 1 ? "" : "s");
  }

  function render(form, critique) {
    form.querySelectorAll("[data-findings]").forEach(function (box) {
      const mine = critique.findings.filter(function (f) {
        return place(f) === box.dataset.findings;
      });
      if (!mine.length) {
        box.replaceChildren();
        return;
      }
      const list = document.createElement("ul");
      list.className = "findings";
      list.append.apply(list, mine.map(item));
      box.replaceChildren(list);
    });
    form.querySelectorAll("[data-kr-line]").forEach(function (line) {
      const reading = (critique.lines || {})[line.dataset.krLine];
      if (reading) {
        line.textContent = reading;
      }
    });
    if (form.id === "edit-draft") {
      verdict(critique);
    }
    const status = form.querySelector(".critique-status");
    if (status) {
      status.textContent = "Findings checked against your unsaved edits.";
    }
  }

  function watch(form) {
    let timer = null;
    let latest = 0;
    form.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        const asked = ++latest;
        fetch(form.dataset.critique, {
          method: "POST",
          body: new FormData(form),
          credentials: "same-origin",
          headers: { Accept: "application/json" },
        })
          .then(function (response) {
            return response.ok ? response.json() : null;
          })
          .then(function (critique) {
            if (critique && asked === latest) {
              render(form, critique);
            }
          })
          .catch(function () {});
      }, DELAY_MS);
    });
  }

  document.querySelectorAll("form[data-critique]").forEach(watch);
})();
