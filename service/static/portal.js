/* The customer portal: live duplicate suggestions, posting, votes, comments, subscriptions.
   Plain JavaScript. Identity: the host product's token (passed in the URL fragment by the
   widget, kept for this tab only) or the cookie an e-mailed sign-in link set. */
(function () {
  "use strict";
  var body = document.body;
  var workspace = body.dataset.workspace;
  var csrf = body.dataset.csrf;
  var anonymous = body.dataset.anonymous === "yes";
  var base = "/api/v1/portal/" + encodeURIComponent(workspace);
  var storeKey = "tl_portal_token_" + workspace;
  var me = null;
  var token = null;
  var STATUS = { open: "Open", planned: "Planned", in_progress: "In progress", shipped: "Shipped" };

  function $(id) { return document.getElementById(id); }

  function readToken() {
    var match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
    if (match) {
      token = decodeURIComponent(match[1]);
      try { window.sessionStorage.setItem(storeKey, token); } catch (e) { /* storage off */ }
      history.replaceState(null, "", window.location.pathname + window.location.search);
    } else {
      try { token = window.sessionStorage.getItem(storeKey); } catch (e) { token = null; }
    }
  }

  function forgetToken() {
    token = null;
    try { window.sessionStorage.removeItem(storeKey); } catch (e) { /* storage off */ }
  }

  function api(method, path, payload) {
    var headers = { "X-Portal-Csrf": csrf };
    if (token) { headers["X-Portal-Token"] = token; }
    var init = { method: method, headers: headers, credentials: "same-origin" };
    if (payload !== undefined) {
      headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(payload);
    }
    return fetch(base + path, init).then(function (response) {
      if (response.status === 204) { return { status: 204, data: null }; }
      return response.json().then(
        function (data) { return { status: response.status, data: data }; },
        function () { return { status: response.status, data: {} }; }
      );
    });
  }

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) { node.setAttribute(name, attrs[name]); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function alertBox(message) {
    var box = $("alert");
    box.textContent = message || "";
    box.hidden = !message;
  }

  function problem(result) {
    var data = result.data || {};
    if (data.code === "portal_sign_in_required") { askSignIn(); }
    if (data.code === "invalid_portal_token" || data.code === "expired_portal_token") {
      forgetToken();
      me = null;
      showWho();
    }
    return data.detail || "Something went wrong; please try again.";
  }

  function showWho() {
    var who = $("who");
    who.textContent = me ? "Signed in as " + (me.name || me.email) : "";
  }

  function askSignIn() {
    $("sign-in").hidden = false;
  }

  function votes(n) { return n + (n === 1 ? " vote" : " votes"); }

  function requireVisitor() {
    if (me) { return true; }
    askSignIn();
    $("email").focus();
    return false;
  }

  /* Suggestions while typing */
  var timer = null;
  var asked = 0;

  function renderSuggestions(result) {
    var box = $("suggestions");
    box.textContent = "";
    if (!result.suggestions.length) { return; }
    box.appendChild(el("p", { "class": "muted" },
      result.likely_duplicate ? "This looks like a request we already have:" : "Similar requests:"));
    var list = el("ul", { "class": "portal-suggestions" });
    result.suggestions.forEach(function (idea, n) {
      var item = el("li", { "class": "portal-suggestion" + (n === 0 && result.likely_duplicate ? " likely" : "") });
      item.appendChild(el("span", { "class": "portal-title" }, idea.title));
      item.appendChild(el("span", { "class": "muted votes" },
        " · " + (STATUS[idea.status] || idea.status) + " · " + votes(idea.votes)));
      if (idea.status !== "shipped") {
        var open = el("button", { type: "button", "class": "primary" }, "Me too, vote for this");
        var form = el("div", { "class": "portal-vote", hidden: "" });
        var label = el("label", { "for": "comment-" + idea.id }, "Add a comment (optional)");
        var comment = el("textarea", { id: "comment-" + idea.id, maxlength: "1000" });
        comment.value = $("request").value;
        var send = el("button", { type: "button", "class": "primary" }, "Vote");
        form.appendChild(label);
        form.appendChild(comment);
        form.appendChild(send);
        open.addEventListener("click", function () {
          if (!requireVisitor()) { return; }
          form.hidden = false;
          open.hidden = true;
          send.focus();
        });
        send.addEventListener("click", function () { castVote(idea, comment.value); });
        item.appendChild(el("div", { "class": "portal-actions" })).appendChild(open);
        item.appendChild(form);
      } else {
        item.appendChild(el("p", { "class": "muted" }, "Already shipped."));
      }
      list.appendChild(item);
    });
    box.appendChild(list);
  }

  function lookUp() {
    var text = $("request").value.trim();
    if (text.length < 8) { $("suggestions").textContent = ""; return; }
    var mine = ++asked;
    api("POST", "/suggestions", { text: text }).then(function (result) {
      if (mine !== asked) { return; }  /* an older answer arriving late */
      if (result.status === 200) { renderSuggestions(result.data); }
    });
  }

  function castVote(idea, comment) {
    var payload = { website: $("website").value };
    if (comment.trim()) { payload.comment = comment.trim(); }
    api("POST", "/ideas/" + idea.id + "/votes", payload).then(function (result) {
      if (result.status === 200 || result.status === 201) {
        $("request").value = "";
        $("suggestions").textContent = "";
        $("post-status").textContent = result.status === 201
          ? "Thanks! Your vote for “" + result.data.idea.title + "” counts. We will e-mail you when it ships."
          : "You had already voted for “" + result.data.idea.title + "”.";
        updateVotes(result.data.idea);
      } else {
        $("post-status").textContent = problem(result);
      }
    });
  }

  function updateVotes(idea) {
    var card = document.querySelector('.portal-idea[data-idea="' + idea.id + '"] .votes');
    if (card) { card.textContent = votes(idea.votes); }
  }

  function post(event) {
    event.preventDefault();
    var text = $("request").value.trim();
    if (!text) { $("post-status").textContent = "Please describe what you need."; return; }
    if (!me && !anonymous && !requireVisitor()) { return; }
    api("POST", "/posts", { text: text, website: $("website").value }).then(function (result) {
      if (result.status === 201) {
        $("request").value = "";
        $("suggestions").textContent = "";
        var idea = result.data.idea;
        $("post-status").textContent = idea && idea.votes > 1
          ? "Thanks! Others asked for this too: your request joined “" + idea.title + "” (" + votes(idea.votes) + "). We will e-mail you when it ships."
          : "Thanks! Your request was added. We will e-mail you when it ships.";
      } else if (result.status === 202) {
        $("request").value = "";
        $("suggestions").textContent = "";
        $("post-status").textContent = "Thanks! A person will read your request before it appears.";
      } else {
        $("post-status").textContent = problem(result);
      }
    });
  }

  function signIn(event) {
    event.preventDefault();
    var payload = { email: $("email").value, name: $("name").value || null, website: $("website").value };
    api("POST", "/sign-in", payload).then(function (result) {
      $("sign-in-status").textContent = result.status === 202
        ? "Check your e-mail for a sign-in link." : problem(result);
    });
  }

  /* The roadmap cards */
  function showComments(card, more, button) {
    var open = button.getAttribute("aria-expanded") === "true";
    button.setAttribute("aria-expanded", open ? "false" : "true");
    more.hidden = open;
    if (open) { return; }
    api("GET", "/ideas/" + card.dataset.idea).then(function (result) {
      more.textContent = "";
      if (result.status !== 200) { more.textContent = problem(result); return; }
      var list = el("ul", { "class": "portal-comments" });
      result.data.comments.forEach(function (c) {
        list.appendChild(el("li", {}, c.author + ": " + c.body));
      });
      if (!result.data.comments.length) { list.appendChild(el("li", { "class": "muted" }, "No comments yet.")); }
      more.appendChild(list);
      var field = el("textarea", { maxlength: "1000", "aria-label": "Your comment" });
      var send = el("button", { type: "button" }, "Comment");
      send.addEventListener("click", function () {
        if (!requireVisitor() || !field.value.trim()) { return; }
        api("POST", "/ideas/" + card.dataset.idea + "/comments",
          { body: field.value.trim(), website: $("website").value }).then(function (answer) {
          if (answer.status === 201) {
            list.appendChild(el("li", {}, answer.data.author + ": " + answer.data.body));
            field.value = "";
          } else { alertBox(problem(answer)); }
        });
      });
      more.appendChild(field);
      more.appendChild(send);
    });
  }

  function onCard(event) {
    var button = event.target.closest("button[data-action]");
    if (!button) { return; }
    var card = button.closest(".portal-idea");
    var more = card.querySelector(".portal-more");
    var action = button.dataset.action;
    if (action === "comments") { showComments(card, more, button); return; }
    if (!requireVisitor()) { return; }
    if (action === "vote") {
      api("POST", "/ideas/" + card.dataset.idea + "/votes", { website: $("website").value }).then(function (result) {
        if (result.status === 200 || result.status === 201) {
          updateVotes(result.data.idea);
          button.textContent = "Voted";
          button.disabled = true;
        } else { alertBox(problem(result)); }
      });
    } else if (action === "subscribe") {
      api("POST", "/ideas/" + card.dataset.idea + "/subscription").then(function (result) {
        if (result.status === 204) {
          button.textContent = "We will e-mail you";
          button.disabled = true;
        } else { alertBox(problem(result)); }
      });
    }
  }

  function start() {
    readToken();
    $("request").addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(lookUp, 250);
    });
    $("post-form").addEventListener("submit", post);
    $("sign-in-form").addEventListener("submit", signIn);
    document.querySelector(".portal-columns").addEventListener("click", onCard);
    api("GET", "/me").then(function (result) {
      if (result.status === 200) {
        me = result.data;
      } else {
        var code = (result.data || {}).code;
        if (code === "invalid_portal_token" || code === "expired_portal_token") {
          alertBox("Your sign-in from the product was refused (" +
            (code === "expired_portal_token" ? "it has expired" : "it is not valid") +
            "). Sign in with your e-mail instead.");
        }
        problem(result);
        askSignIn();
      }
      showWho();
    });
  }

  start();
})();
