// Keys for "One request?": m merges the first group, d keeps it apart, u undoes the last action.
// Each key clicks a real form button, so without JavaScript the page works the same by mouse.
(function () {
  "use strict";
  document.addEventListener("keydown", function (event) {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) {
      return;
    }
    if (event.target instanceof Element && event.target.closest("input, textarea, select")) {
      return;
    }
    const selectors = { m: "#siblings .merge", d: "#siblings .dismiss", u: "#undo-form button" };
    const button = selectors[event.key] && document.querySelector(selectors[event.key]);
    if (button) {
      event.preventDefault();
      button.click();
    }
  });
})();
