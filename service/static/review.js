// Keyboard shortcuts for the review queue: j/k move, a accept, r reject, n new idea,
// x tick for bulk accept, u undo. Actions click the card's own buttons, so htmx (or a plain
// form post without JavaScript) does the work and the server stays the only source of truth.
(function () {
  "use strict";

  let index = 0;
  let busy = false;

  function cards() {
    return Array.from(document.querySelectorAll("#queue .suggestion"));
  }

  function select(next, focus) {
    const list = cards();
    if (list.length === 0) {
      index = 0;
      return;
    }
    index = Math.max(0, Math.min(next, list.length - 1));
    list.forEach(function (card, n) {
      const on = n === index;
      card.classList.toggle("selected", on);
      if (on) {
        card.setAttribute("aria-current", "true");
      } else {
        card.removeAttribute("aria-current");
      }
    });
    if (focus) {
      list[index].focus({ preventScroll: true });
      list[index].scrollIntoView({ block: "nearest" });
    }
  }

  function press(selector) {
    const card = cards()[index];
    const button = card && card.querySelector(selector);
    if (button && !busy) {
      button.click();
    }
  }

  function typing(target) {
    return target instanceof Element && target.closest("input, textarea, select, [contenteditable]");
  }

  document.addEventListener("keydown", function (event) {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) {
      return;
    }
    if (typing(event.target)) {
      return;
    }
    switch (event.key) {
      case "j":
        select(index + 1, true);
        break;
      case "k":
        select(index - 1, true);
        break;
      case "a":
        press("button[data-action='accept']");
        break;
      case "r":
        press("button[data-action='reject']");
        break;
      case "n":
        press("button[data-action='new-idea']");
        break;
      case "x": {
        const card = cards()[index];
        const box = card && card.querySelector("input[type='checkbox']");
        if (box) {
          box.checked = !box.checked;
        }
        break;
      }
      case "u": {
        const undo = document.getElementById("undo-last");
        if (undo && !busy) {
          undo.click();
        }
        break;
      }
      default:
        return;
    }
    event.preventDefault();
  });

  // A click inside a card selects it, so the keys act where the mouse was.
  document.addEventListener("click", function (event) {
    const card = event.target instanceof Element && event.target.closest(".suggestion");
    if (card) {
      select(cards().indexOf(card), false);
    }
  });

  // One action at a time: a second key press while the first is in flight is ignored.
  document.addEventListener("htmx:beforeRequest", function (event) {
    if (event.detail.requestConfig && event.detail.requestConfig.verb === "post") {
      busy = true;
    }
  });
  document.addEventListener("htmx:afterRequest", function () {
    busy = false;
  });

  // After an action the queue is re-rendered: keep the selection at the same position.
  document.addEventListener("htmx:afterSettle", function (event) {
    if (event.detail.requestConfig && event.detail.requestConfig.verb === "post") {
      select(index, true);
    }
  });

  document.addEventListener("DOMContentLoaded", function () {
    select(0, false);
  });
})();
