/* Throughline feedback widget. One tag on the host page:
     <script src="https://throughline.example/widget.js" data-workspace="acme"
             data-token="SIGNED_IDENTITY_TOKEN" async></script>
   It adds a "Feedback" button that opens the workspace's portal in a frame (full screen on
   phones). The token travels in the URL fragment, which never reaches a server log. */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.dataset.workspace) { return; }
  var origin = new URL(script.src, window.location.href).origin;
  var workspace = script.dataset.workspace;
  var label = script.dataset.label || "Feedback";
  var url = origin + "/portal/" + encodeURIComponent(workspace) + "?embed=1";
  if (script.dataset.token) { url += "#token=" + encodeURIComponent(script.dataset.token); }

  var button = document.createElement("button");
  button.type = "button";
  button.textContent = label;
  button.setAttribute("aria-haspopup", "dialog");
  button.setAttribute("data-throughline-widget", "open");
  button.style.cssText = "position:fixed;right:16px;bottom:16px;z-index:2147483000;" +
    "padding:10px 16px;border:0;border-radius:999px;background:#3b6fd8;color:#fff;" +
    "font:600 15px system-ui,sans-serif;box-shadow:0 2px 8px rgba(0,0,0,.25);cursor:pointer";

  var panel = document.createElement("div");
  panel.setAttribute("role", "dialog");
  panel.setAttribute("aria-label", label);
  panel.setAttribute("data-throughline-widget", "panel");
  panel.hidden = true;

  var close = document.createElement("button");
  close.type = "button";
  close.textContent = "×";
  close.setAttribute("aria-label", "Close");
  close.style.cssText = "position:absolute;top:6px;right:8px;z-index:1;width:32px;height:32px;" +
    "border:0;border-radius:50%;background:#fff;color:#1d2330;font:20px/32px sans-serif;cursor:pointer";

  var frame = null;

  function place() {
    var phone = window.innerWidth < 600;
    panel.style.cssText = "position:fixed;z-index:2147483001;background:#fff;overflow:hidden;" +
      "box-shadow:0 8px 32px rgba(0,0,0,.3);" + (phone
        ? "left:0;top:0;width:100%;height:100%;border-radius:0"
        : "right:16px;bottom:72px;width:400px;height:min(640px,calc(100vh - 96px));border-radius:12px");
    if (panel.hidden) { panel.style.display = "none"; }
  }

  function open() {
    if (!frame) {
      frame = document.createElement("iframe");
      frame.src = url;
      frame.title = label;
      frame.style.cssText = "border:0;width:100%;height:100%;display:block";
      panel.appendChild(frame);
    }
    panel.hidden = false;
    place();
    close.focus();
  }

  function shut() {
    panel.hidden = true;
    place();
    button.focus();
  }

  button.addEventListener("click", function () { if (panel.hidden) { open(); } else { shut(); } });
  close.addEventListener("click", shut);
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && !panel.hidden) { shut(); }
  });
  window.addEventListener("resize", place);

  panel.appendChild(close);
  place();
  function mount() {
    document.body.appendChild(panel);
    document.body.appendChild(button);
  }
  if (document.body) { mount(); } else { document.addEventListener("DOMContentLoaded", mount); }
})();
