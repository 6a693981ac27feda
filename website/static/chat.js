/*
 * The clinic's chat widget: a launcher button and a chat panel talking to the Rasa server's website
 * channel over socket.io.
 *
 * - Everything a visitor or the assistant wrote is inserted as text, never as HTML; only http(s) links
 *   become anchors, opened in a new tab with rel="noopener noreferrer".
 * - The conversation token and the messages are kept in sessionStorage: they survive a reload of the tab
 *   and disappear when the tab is closed (nothing lingers on a shared computer).
 * - Keyboard: the launcher and every control are buttons or labelled fields; Escape closes the panel and
 *   returns focus to the launcher.
 */
(function () {
  "use strict";

  var root = document.getElementById("chat");
  if (!root || typeof io === "undefined") { return; }
  var server = root.getAttribute("data-server");
  var clinic = root.getAttribute("data-clinic") || "the clinic";
  var articles = {};
  try { articles = JSON.parse(document.getElementById("chat-articles").textContent) || {}; } catch (e) { articles = {}; }

  var TOKEN_KEY = "clinic-chat-token";
  var HISTORY_KEY = "clinic-chat-history";
  var store = window.sessionStorage;
  var socket = null;

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  // --- the panel -----------------------------------------------------------------------------------
  var launcher = el("button", { type: "button", class: "chat-launcher", "aria-expanded": "false",
                                "aria-controls": "chat-panel" }, "Chat with us");
  var panel = el("section", { id: "chat-panel", class: "chat-panel", role: "dialog", "aria-modal": "false",
                              "aria-labelledby": "chat-title", hidden: "" });
  var head = el("div", { class: "chat-head" });
  head.appendChild(el("h2", { id: "chat-title" }, "Ask " + clinic));
  var close = el("button", { type: "button", class: "chat-close", "aria-label": "Close the chat" }, "\u00d7");
  head.appendChild(close);
  var log = el("ol", { class: "chat-log", role: "log", "aria-live": "polite", "aria-label": "Conversation" });
  var form = el("form", { class: "chat-form" });
  var label = el("label", { for: "chat-input", class: "visually-hidden" }, "Your message");
  var input = el("input", { id: "chat-input", type: "text", autocomplete: "off", maxlength: "2000",
                            placeholder: "Type your question" });
  var send = el("button", { type: "submit" }, "Send");
  form.appendChild(label); form.appendChild(input); form.appendChild(send);
  panel.appendChild(head); panel.appendChild(log); panel.appendChild(form);
  root.appendChild(launcher); root.appendChild(panel);

  // --- history (this tab only) ---------------------------------------------------------------------
  function history() {
    try { return JSON.parse(store.getItem(HISTORY_KEY)) || []; } catch (e) { return []; }
  }
  function remember(entry) {
    var all = history();
    all.push(entry);
    store.setItem(HISTORY_KEY, JSON.stringify(all.slice(-200)));
  }

  // --- rendering -----------------------------------------------------------------------------------
  function appendText(node, text) {
    var parts = String(text).split(/(https?:\/\/[^\s<>"']+)/);
    parts.forEach(function (part, i) {
      if (i % 2 === 1) {
        var a = el("a", { href: part, target: "_blank", rel: "noopener noreferrer" }, part);
        node.appendChild(a);
      } else if (part) {
        node.appendChild(document.createTextNode(part));
      }
    });
  }

  function render(entry, live) {
    var item = el("li", { class: "chat-msg " + entry.who + (entry.disclaimer ? " disclaimer" : "") });
    item.appendChild(el("span", { class: "visually-hidden" }, entry.who === "visitor" ? "You: " : "Assistant: "));
    var body = el("p");
    appendText(body, entry.text || "");
    item.appendChild(body);
    (entry.source || []).forEach(function (id) {
      var article = articles[id];
      if (article) {
        item.appendChild(el("p", { class: "chat-source" }, "Source: \u201c" + article.title + "\u201d, " + article.author));
      }
    });
    if (live && entry.buttons && entry.buttons.length) {
      var group = el("div", { class: "chat-buttons", role: "group", "aria-label": "Choices" });
      entry.buttons.forEach(function (b) {
        var button = el("button", { type: "button" }, b.title);
        button.addEventListener("click", function () {
          group.remove();
          say(b.payload, b.title);
        });
        group.appendChild(button);
      });
      item.appendChild(group);
    }
    log.appendChild(item);
    log.scrollTop = log.scrollHeight;
  }

  // --- talking to the server -----------------------------------------------------------------------
  function say(payload, shown) {
    var entry = { who: "visitor", text: shown || payload };
    remember(entry);
    render(entry, true);
    socket.emit("user_uttered", { message: payload });
  }

  function connect(onReady) {
    socket = io(server, { transports: ["websocket"], path: "/socket.io" });
    socket.on("connect", function () {
      socket.emit("session_request", { session_id: store.getItem(TOKEN_KEY) });
    });
    socket.on("session_confirm", function (token) {
      var known = store.getItem(TOKEN_KEY);
      if (known && known !== token) {
        store.removeItem(HISTORY_KEY);  // a new conversation: the old one is not shown
        log.textContent = "";
      }
      store.setItem(TOKEN_KEY, token);
      if (onReady) { onReady(known === token); onReady = null; }
    });
    socket.on("bot_uttered", function (message) {
      var entry = { who: "assistant", text: message.text || "", buttons: message.buttons || [],
                    source: message.source || [], disclaimer: !!message.disclaimer };
      remember(entry);
      render(entry, true);
    });
  }

  function open() {
    panel.hidden = false;
    launcher.setAttribute("aria-expanded", "true");
    input.focus();
    if (socket) { return; }
    var past = history();
    past.forEach(function (entry) { render(entry, false); });
    connect(function (resumed) {
      if (!resumed || past.length === 0) { socket.emit("user_uttered", { message: "/greet" }); }
    });
  }

  function shut() {
    panel.hidden = true;
    launcher.setAttribute("aria-expanded", "false");
    launcher.focus();
  }

  launcher.addEventListener("click", function () { if (panel.hidden) { open(); } else { shut(); } });
  close.addEventListener("click", shut);
  panel.addEventListener("keydown", function (e) { if (e.key === "Escape") { shut(); } });
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var text = input.value.trim();
    if (!text || !socket) { return; }
    input.value = "";
    say(text);
  });
})();
