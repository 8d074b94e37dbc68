// A "Copy" button beside each URL, address and secret on the channels page, so nobody has to
// select a long string by hand. Without JavaScript the values are still there to select.
(function () {
  "use strict";
  function select(code) {
    const range = document.createRange();
    range.selectNodeContents(code);
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }
  document.querySelectorAll("code.copy").forEach(function (code) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "link copy-button";
    button.textContent = "Copy";
    button.setAttribute("aria-label", "Copy " + (code.dataset.label || "value"));
    button.addEventListener("click", function () {
      const done = function (text) {
        button.textContent = text;
        window.setTimeout(function () { button.textContent = "Copy"; }, 2000);
      };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(code.textContent.trim()).then(
          function () { done("Copied"); },
          function () { select(code); done("Press Ctrl+C"); }
        );
      } else {
        select(code);
        done("Press Ctrl+C");
      }
    });
    code.insertAdjacentElement("afterend", button);
  });
})();
