/*
 * The clinic's chat widget: a launcher button and a chat panel talking to the Rasa server's website
 * channel over socket.io (assistant/channels/webchat.py).
 *
 * What the visitor always sees:
 * - what is happening: "Connecting...", the assistant typing, "Reconnecting...", and when the assistant cannot
 *   be reached, a calm notice with the clinic's phone and 911/988 as links to tap. Messages typed meanwhile
 *   are kept (marked "not sent yet") and sent once the connection is back; a message that got no answer can
 *   be sent again with one tap.
 * - phone numbers, 911 and 988 as tel:/sms: links; a crisis reply set apart, with call and text buttons.
 * - choice buttons that behave: the pending question's buttons are live (also after a reload), older ones are
 *   disabled once answered or superseded; after a click, focus moves to the answer when it arrives.
 * - the start of each answer kept in view (a long answer, or the disclaimer when the chat opens, is never
 *   scrolled past).
 *
 * Safety of the page: everything a visitor or the assistant wrote is inserted as text, never as HTML; only
 * http(s) links become anchors (new tab, rel="noopener noreferrer"). The conversation token and its messages
 * live in sessionStorage: they survive a reload of the tab and disappear when the tab is closed.
 *
 * The page may start the chat with a given message: any element with `data-chat-start="/book_consultation"`
 * opens the panel and sends that payload (the landing page's "Book a free consultation" button).
 */
(function () {
  "use strict";

  var root = document.getElementById("chat");
  if (!root || typeof io === "undefined") { return; }
  var server = root.getAttribute("data-server");
  var clinic = root.getAttribute("data-clinic") || "the clinic";
  var clinicPhone = root.getAttribute("data-phone") || "";
  var articles = {};
  try { articles = JSON.parse(document.getElementById("chat-articles").textContent) || {}; } catch (e) { articles = {}; }

  // The widget's own words in English and Spanish; the assistant's replies come in the conversation's language
  // (assistant/language.py), and the widget follows the language of the latest reply.
  var WORDS = {
    en: { open: "Chat with us", shut: "Close chat", title: "Ask ", close: "Close the chat", label: "Your message",
          placeholder: "Type your question", send: "Send", foot: "Not medical advice. ", privacy: "How we use your messages",
          connecting: "Connecting\u2026", retrying: "Connecting\u2026 (trying again)", reconnecting: "Reconnecting\u2026",
          down: "Can't reach the assistant. Trying again\u2026", slow: "No answer yet.",
          slowText: "Sorry, I haven't been able to answer. You can send your message again below.",
          downText: "Sorry, I can't reach the assistant right now. I'll keep trying, and anything you type here will be sent once the connection is back.",
          callClinic: function (name, phone) { return "To talk to someone at " + name + ", call " + phone + "."; },
          emergency: "This chat is not medical advice and not for emergencies. If you or someone else is in danger, call 911, or call or text 988.",
          call: "Call ", text: "Text ", start: "Text START to 88788", unsent: "Not sent yet: it will be sent when the connection is back.",
          typing: "The assistant is typing", choices: "Choices", you: "You: ", assistant: "Assistant: ",
          helpNow: "Assistant, help now: ", retry: "No answer yet. Send again", source: "Source: ",
          language: "Language", name: "English" },
    es: { open: "Chatea con nosotros", shut: "Cerrar el chat", title: "Pregunta a ", close: "Cerrar el chat",
          label: "Tu mensaje", placeholder: "Escribe tu pregunta", send: "Enviar", foot: "No es consejo m\u00e9dico. ",
          privacy: "C\u00f3mo usamos tus mensajes", connecting: "Conectando\u2026",
          retrying: "Conectando\u2026 (intentando de nuevo)", reconnecting: "Reconectando\u2026",
          down: "No puedo conectar con el asistente. Intentando de nuevo\u2026", slow: "A\u00fan no hay respuesta.",
          slowText: "Perd\u00f3n, no he podido responder. Puedes enviar tu mensaje otra vez abajo.",
          downText: "Perd\u00f3n, ahora no puedo conectar con el asistente. Sigo intentando, y lo que escribas aqu\u00ed se enviar\u00e1 cuando vuelva la conexi\u00f3n.",
          callClinic: function (name, phone) { return "Para hablar con alguien de " + name + ", llama al " + phone + "."; },
          emergency: "Este chat no es consejo m\u00e9dico ni es para emergencias. Si t\u00fa u otra persona est\u00e1n en peligro, llama al 911, o llama o env\u00eda un texto al 988 (para espa\u00f1ol, oprime 2 o env\u00eda AYUDA).",
          call: "Llamar al ", text: "Enviar texto al ", start: "Enviar START al 88788",
          unsent: "A\u00fan no se env\u00eda: se enviar\u00e1 cuando vuelva la conexi\u00f3n.",
          typing: "El asistente est\u00e1 escribiendo", choices: "Opciones", you: "T\u00fa: ", assistant: "Asistente: ",
          helpNow: "Asistente, ayuda inmediata: ", retry: "Sin respuesta. Enviar otra vez", source: "Fuente: ",
          language: "Idioma", name: "Espa\u00f1ol" },
  };
  var LANGUAGE_KEY = "clinic-chat-language";
  var TOKEN_KEY = "clinic-chat-token";
  var HISTORY_KEY = "clinic-chat-history";
  var OFFLINE_AFTER_MS = 6000;   // no connection this long after opening: say so, with the phone numbers
  var ANSWER_WAIT_MS = 25000;    // no answer this long after a message: offer to send it again
  var store = window.sessionStorage;
  // the visitor's own choice in this tab, else the page's language (the Spanish pages are lang="es")
  var pageLanguage = (document.documentElement.lang || "en").slice(0, 2).toLowerCase();
  var language = store.getItem(LANGUAGE_KEY) || (pageLanguage === "es" ? "es" : "en");
  function t(key) { return WORDS[language][key]; }
  var socket = null;
  var ready = false;             // connected, and the server confirmed this tab's conversation
  var waiting = [];              // ids of visitor messages sent and not yet answered
  var answerTimer = null;
  var offlineTimer = null;
  var turnStart = null;          // the first assistant message of the current answer (kept in view)
  var focusAnswer = false;       // after a button click, focus goes to the answer when it arrives
  var liveGroups = [];

  // make the widget self-contained: its stylesheet sits beside this script
  (function addStyles() {
    var script = document.currentScript;
    if (!script || !script.src || document.querySelector("link[data-chat-styles]")) { return; }
    var link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = script.src.replace(/chat\.js(\?.*)?$/, "chat.css");
    link.setAttribute("data-chat-styles", "");
    document.head.appendChild(link);
  })();

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  // --- the panel -----------------------------------------------------------------------------------
  root.classList.add("chat-root");
  var launcher = el("button", { type: "button", class: "chat-launcher", "aria-expanded": "false",
                                "aria-controls": "chat-panel" }, t("open"));
  var panel = el("section", { id: "chat-panel", class: "chat-panel", role: "dialog", "aria-modal": "false",
                              "aria-labelledby": "chat-title", hidden: "" });
  var head = el("div", { class: "chat-head" });
  var title = el("h2", { id: "chat-title" }, t("title") + clinic);
  head.appendChild(title);
  var close = el("button", { type: "button", class: "chat-close", "aria-label": t("close") }, "\u00d7");
  head.appendChild(close);
  // English / Español: the visitor's own choice (writing in Spanish switches too, without it)
  var switcher = el("div", { class: "chat-language", role: "group", "aria-label": "Language / Idioma" });
  var switches = {};
  ["en", "es"].forEach(function (code) {
    var button = el("button", { type: "button", lang: code, "aria-pressed": String(code === language) },
                    WORDS[code].name);
    button.addEventListener("click", function () { choose(code); });
    switches[code] = button;
    switcher.appendChild(button);
  });
  var status = el("p", { class: "chat-status", role: "status", hidden: "" });
  // the live region scrolls; the messages inside it are a list
  var scroller = el("div", { class: "chat-log", role: "log", "aria-live": "polite", "aria-label": "Conversation",
                             tabindex: "-1" });
  var log = el("ol", { class: "chat-list" });
  scroller.appendChild(log);
  var form = el("form", { class: "chat-form" });
  var label = el("label", { for: "chat-input", class: "visually-hidden" }, t("label"));
  var input = el("input", { id: "chat-input", type: "text", autocomplete: "off", maxlength: "2000",
                            placeholder: t("placeholder") });
  var send = el("button", { type: "submit", class: "chat-send" }, t("send"));
  form.appendChild(label); form.appendChild(input); form.appendChild(send);
  panel.appendChild(head); panel.appendChild(switcher); panel.appendChild(status); panel.appendChild(scroller); panel.appendChild(form);
  var privacy = root.getAttribute("data-privacy");
  var foot = el("p", { class: "chat-foot" });
  var privacyLink = privacy ? el("a", { href: privacy, target: "_blank", rel: "noopener" }) : null;
  panel.appendChild(foot);

  // the widget's own words in the current language (the foot: what happens to what the visitor types)
  function applyLanguage() {
    panel.setAttribute("lang", language);
    launcher.textContent = panel.hidden ? t("open") : t("shut");
    title.textContent = t("title") + clinic;
    close.setAttribute("aria-label", t("close"));
    label.textContent = t("label");
    input.setAttribute("placeholder", t("placeholder"));
    send.textContent = t("send");
    foot.textContent = t("foot");
    if (privacyLink) { privacyLink.textContent = t("privacy"); foot.appendChild(privacyLink); }
    Object.keys(switches).forEach(function (code) { switches[code].setAttribute("aria-pressed", String(code === language)); });
  }
  function setLanguage(code) {
    if (!WORDS[code]) { return; }
    language = code;
    try { store.setItem(LANGUAGE_KEY, code); } catch (e) { /* storage off */ }
    applyLanguage();
  }
  applyLanguage();
  root.appendChild(launcher); root.appendChild(panel);

  function showStatus(text) {
    status.textContent = text || "";
    status.hidden = !text;
  }

  // --- history (this tab only) ---------------------------------------------------------------------
  function history() {
    try { return JSON.parse(store.getItem(HISTORY_KEY)) || []; } catch (e) { return []; }
  }
  function saveHistory(all) {
    try { store.setItem(HISTORY_KEY, JSON.stringify(all.slice(-200))); } catch (e) { /* storage full or off */ }
  }
  function remember(entry) {
    var all = history();
    all.push(entry);
    saveHistory(all);
  }
  function update(id, changes) {
    var all = history();
    all.forEach(function (entry) { if (entry.id === id) { Object.assign(entry, changes); } });
    saveHistory(all);
  }
  function newId() { return Date.now().toString(36) + Math.random().toString(36).slice(2, 8); }

  // --- links in text: web addresses, phone numbers, 911 / 988, START to 88788 ---------------------
  var LINKABLE = /(https?:\/\/[^\s<>"']+)|((?:\b1-)?\(?\b\d{3}\)?[-. ]?\d{3}-\d{4}\b)|\b(911|988|88788)\b/g;

  function telHref(number) {
    var digits = number.replace(/\D/g, "");
    if (digits.length === 10) { return "tel:+1" + digits; }
    if (digits.length === 11 && digits.charAt(0) === "1") { return "tel:+" + digits; }
    return "tel:" + digits;
  }

  function appendText(node, text) {
    var source = String(text);
    var at = 0;
    var match;
    LINKABLE.lastIndex = 0;
    while ((match = LINKABLE.exec(source)) !== null) {
      if (match.index > at) { node.appendChild(document.createTextNode(source.slice(at, match.index))); }
      var a;
      if (match[1]) {
        a = el("a", { href: match[1], target: "_blank", rel: "noopener noreferrer" }, match[1]);
      } else if (match[3] === "88788") {
        a = el("a", { href: "sms:88788?body=START" }, match[3]);
      } else {
        a = el("a", { href: telHref(match[0]) }, match[0]);
      }
      node.appendChild(a);
      at = match.index + match[0].length;
    }
    if (at < source.length) { node.appendChild(document.createTextNode(source.slice(at))); }
  }

  // The call and text buttons under a crisis reply, from the numbers the reply itself gives.
  function helpActions(text, spanish) {
    var say = spanish
      ? { call: WORDS.es.call, text: WORDS.es.text, start: WORDS.es.start }
      : { call: WORDS.en.call, text: WORDS.en.text, start: WORDS.en.start };
    var actions = [];
    var seen = {};
    function add(label, href, secondary) {
      if (seen[href]) { return; }
      seen[href] = true;
      actions.push({ label: label, href: href, secondary: !!secondary });
    }
    if (/\b911\b/.test(text)) { add(say.call + "911", "tel:911"); }
    if (/\b988\b/.test(text)) {
      add(say.call + "988", "tel:988");
      add(say.text + "988", /\bAYUDA\b/.test(text) ? "sms:988?body=AYUDA" : "sms:988", true);
    }
    var phones = /(?:\b1-)?\(?\b\d{3}\)?[-. ]?\d{3}-\d{4}\b/g;
    var match;
    while ((match = phones.exec(text)) !== null) { add(say.call + match[0], telHref(match[0]), true); }
    if (/\b88788\b/.test(text)) { add(say.start, "sms:88788?body=START", true); }
    return actions;
  }

  function actionRow(actions) {
    var row = el("div", { class: "chat-actions" });
    actions.forEach(function (a) {
      row.appendChild(el("a", { href: a.href, class: a.secondary ? "secondary" : "" }, a.label));
    });
    return row;
  }

  function sourceLine(id) {
    var article = articles[id];
    if (!article) { return null; }
    var line = el("p", { class: "chat-source" }, t("source"));
    var title = "\u201c" + article.title + "\u201d";
    if (article.url && /^https:\/\//.test(article.url)) {
      line.appendChild(el("a", { href: article.url, target: "_blank", rel: "noopener noreferrer" }, title));
    } else {
      line.appendChild(document.createTextNode(title));
    }
    line.appendChild(document.createTextNode(", " + article.author));
    return line;
  }

  // --- rendering -----------------------------------------------------------------------------------
  function retireButtons(chosen) {
    liveGroups.forEach(function (group) {
      Array.prototype.forEach.call(group.querySelectorAll("button"), function (button) {
        button.disabled = true;
        if (chosen && button === chosen) { button.setAttribute("aria-pressed", "true"); }
      });
    });
    liveGroups = [];
  }

  function buttonGroup(entry, live) {
    var group = el("div", { class: "chat-buttons", role: "group", "aria-label": t("choices") });
    entry.buttons.forEach(function (b) {
      var button = el("button", { type: "button" }, b.title);
      if (!live) { button.disabled = true; }
      button.addEventListener("click", function () {
        if (button.disabled) { return; }
        retireButtons(button);
        focusAnswer = true;
        scroller.focus({ preventScroll: true });  // not the page body while the answer is on its way
        say(b.payload, b.title);
      });
      group.appendChild(button);
    });
    if (live) { liveGroups.push(group); }
    return group;
  }

  function render(entry, live) {
    var kinds = ["chat-msg", entry.who];
    if (entry.disclaimer) { kinds.push("disclaimer"); }
    if (entry.crisis) { kinds.push("crisis"); }
    if (entry.notice) { kinds.push("notice"); }
    if (entry.unsent) { kinds.push("unsent"); }
    var item = el("li", { class: kinds.join(" "), tabindex: "-1" });
    if (entry.id) { item.setAttribute("data-id", entry.id); }
    var who = entry.who === "visitor" ? t("you") : (entry.crisis ? t("helpNow") : t("assistant"));
    item.appendChild(el("span", { class: "visually-hidden" }, who));
    var body = el("p", { class: "chat-bubble" });
    appendText(body, entry.text || "");
    item.appendChild(body);
    (entry.source || []).forEach(function (id) {
      var line = sourceLine(id);
      if (line) { item.appendChild(line); }
    });
    if (entry.language) { item.setAttribute("lang", entry.language); }
    if (entry.crisis) {
      var actions = helpActions(entry.text || "", entry.language === "es" || /_es(_|$)/.test(entry.response || ""));
      if (actions.length) { item.appendChild(actionRow(actions)); }
    }
    if (entry.buttons && entry.buttons.length) { item.appendChild(buttonGroup(entry, live)); }
    if (entry.unsent) { item.appendChild(el("p", { class: "chat-note" }, t("unsent"))); }
    log.appendChild(item);
    return item;
  }

  // Keep the start of the current answer in view: scroll to the bottom, but never past it.
  function keepInView(item) {
    var first = turnStart || item;
    var bottom = scroller.scrollHeight - scroller.clientHeight;
    scroller.scrollTop = Math.max(0, Math.min(bottom, first.offsetTop - 8));
  }

  var typing = null;
  function showTyping() {
    if (typing || !ready) { return; }
    typing = el("li", { class: "chat-msg chat-typing" });
    var bubble = el("p", { class: "chat-bubble" });
    bubble.appendChild(el("span", { class: "visually-hidden" }, t("typing")));
    for (var i = 0; i < 3; i++) { bubble.appendChild(el("span", { class: "dot", "aria-hidden": "true" })); }
    typing.appendChild(bubble);
    log.appendChild(typing);
    scroller.scrollTop = scroller.scrollHeight;
  }
  function hideTyping() {
    if (typing) { typing.remove(); typing = null; }
  }

  // --- when the assistant cannot be reached --------------------------------------------------------
  var offline = null;
  function showOffline(why) {
    hideTyping();
    showStatus(why === "slow" ? t("slow") : t("down"));
    if (offline) { return; }
    var lines = [why === "slow" ? t("slowText") : t("downText")];
    if (clinicPhone) { lines.push(t("callClinic")(clinic, clinicPhone)); }
    lines.push(t("emergency"));
    offline = el("li", { class: "chat-msg notice offline", role: "alert", tabindex: "-1" });
    var body = el("p", { class: "chat-bubble" });
    appendText(body, lines.join("\n"));
    offline.appendChild(body);
    var actions = [];
    if (clinicPhone) { actions.push({ label: t("call") + clinic, href: telHref(clinicPhone) }); }
    actions.push({ label: t("call") + "911", href: "tel:911", secondary: true });
    actions.push({ label: t("call") + "988", href: "tel:988", secondary: true });
    actions.push({ label: t("text") + "988", href: language === "es" ? "sms:988?body=AYUDA" : "sms:988", secondary: true });
    offline.appendChild(actionRow(actions));
    log.appendChild(offline);
    panel.classList.add("is-offline");
    offline.scrollIntoView({ block: "nearest" });
  }
  function clearOffline() {
    if (offline) { offline.remove(); offline = null; }
    panel.classList.remove("is-offline");
  }

  // A visitor message that got no answer: one tap sends it again.
  function offerRetry(id) {
    var entry = history().filter(function (e) { return e.id === id; })[0];
    var item = log.querySelector('[data-id="' + id + '"]');
    if (!entry || !item || item.querySelector(".chat-retry")) { return; }
    var retry = el("button", { type: "button", class: "chat-retry" }, t("retry"));
    retry.addEventListener("click", function () {
      retry.remove();
      transmit(entry);
    });
    item.appendChild(retry);
  }

  // --- talking to the server -----------------------------------------------------------------------
  function watchForAnswer() {
    clearTimeout(answerTimer);
    answerTimer = setTimeout(function () {
      if (!waiting.length) { return; }
      waiting.forEach(offerRetry);
      waiting = [];
      showOffline("slow");
    }, ANSWER_WAIT_MS);
  }

  function transmit(entry) {
    waiting.push(entry.id);
    socket.emit("user_uttered", { message: entry.payload, language: language });
    showTyping();
    watchForAnswer();
  }

  function say(payload, shown) {
    retireButtons(null);
    var entry = { id: newId(), who: "visitor", text: shown || payload, payload: payload, unsent: !ready };
    remember(entry);
    turnStart = null;
    var item = render(entry, false);
    scroller.scrollTop = scroller.scrollHeight;
    if (ready) {
      transmit(entry);
    } else {
      item.scrollIntoView({ block: "nearest" });
    }
  }

  function sendUnsent() {
    history().forEach(function (entry) {
      if (!entry.unsent) { return; }
      update(entry.id, { unsent: false });
      var item = log.querySelector('[data-id="' + entry.id + '"]');
      if (item) {
        item.classList.remove("unsent");
        var note = item.querySelector(".chat-note");
        if (note) { note.remove(); }
      }
      transmit(entry);
    });
  }

  function received(message) {
    hideTyping();
    clearOffline();
    if (!message || typeof message !== "object") { return; }
    if (waiting.length) { waiting = []; clearTimeout(answerTimer); showStatus(""); }
    var entry = { id: newId(), who: "assistant", text: message.text || "", buttons: message.buttons || [],
                  source: message.source || [], disclaimer: !!message.disclaimer, crisis: !!message.crisis,
                  response: message.response || "", notice: !!(message.error || message.rate_limited),
                  language: WORDS[message.language] ? message.language : "" };
    if (entry.language && entry.language !== language) { setLanguage(entry.language); }
    remember(entry);
    if (entry.buttons.length) { retireButtons(null); }
    var item = render(entry, true);
    if (!turnStart) { turnStart = item; }
    keepInView(item);
    if (focusAnswer) {
      focusAnswer = false;
      turnStart.focus({ preventScroll: true });
    }
  }

  function connect(onReady) {
    showStatus(t("connecting"));
    socket = io(server, { transports: ["websocket"], path: "/socket.io" });
    offlineTimer = setTimeout(function () { if (!ready) { showOffline("down"); } }, OFFLINE_AFTER_MS);
    socket.on("connect", function () {
      socket.emit("session_request", { session_id: store.getItem(TOKEN_KEY) });
    });
    socket.on("connect_error", function () {
      if (!offline) { showStatus(t("retrying")); }
    });
    socket.on("disconnect", function () {
      ready = false;
      hideTyping();
      showStatus(t("reconnecting"));
      clearTimeout(offlineTimer);
      offlineTimer = setTimeout(function () { if (!ready) { showOffline("down"); } }, OFFLINE_AFTER_MS);
    });
    socket.on("session_confirm", function (token) {
      var known = store.getItem(TOKEN_KEY);
      if (known && known !== token) {
        // a new conversation: the old one is not shown (what was never sent is kept and sent now)
        var unsent = history().filter(function (e) { return e.unsent; });
        saveHistory(unsent);
        log.textContent = "";
        offline = null;
        liveGroups = [];
        unsent.forEach(function (e) { render(e, false); });
      }
      store.setItem(TOKEN_KEY, token);
      ready = true;
      clearTimeout(offlineTimer);
      clearOffline();
      showStatus("");
      // an answer lost while the connection was down: the visitor may send the message again
      waiting.forEach(offerRetry);
      waiting = [];
      if (onReady) { onReady(known === token); onReady = null; }
      sendUnsent();
    });
    socket.on("bot_uttered", received);
  }

  // --- opening and closing -------------------------------------------------------------------------
  function lastLiveIndex(past) {
    for (var i = past.length - 1; i >= 0; i--) {
      if (past[i].who === "visitor") { return -1; }
      if (past[i].buttons && past[i].buttons.length) { return i; }
    }
    return -1;
  }

  function open(start) {
    panel.hidden = false;
    root.classList.add("open");
    launcher.setAttribute("aria-expanded", "true");
    launcher.textContent = t("shut");
    input.focus();
    if (socket) {
      if (start) { say(start.payload, start.label); }
      return;
    }
    var past = history();
    var live = lastLiveIndex(past);
    past.forEach(function (entry, i) { render(entry, i === live); });
    scroller.scrollTop = scroller.scrollHeight;
    if (start) { say(start.payload, start.label); }
    connect(function (resumed) {
      if (!resumed || past.length === 0) {
        if (!start) { socket.emit("user_uttered", { message: "/greet", language: language }); showTyping(); }
      }
    });
  }

  function shut() {
    panel.hidden = true;
    root.classList.remove("open");
    launcher.setAttribute("aria-expanded", "false");
    launcher.textContent = t("open");
    launcher.focus();
  }

  // the switch: the widget's words at once, and the assistant told (it answers in the language chosen)
  function choose(code) {
    if (code === language && socket) { return; }
    setLanguage(code);
    if (!socket) { return; }  // the first message carries the language
    say('/choose_language{"language": "' + code + '"}', WORDS[code].name);
  }

  launcher.addEventListener("click", function () { if (panel.hidden) { open(); } else { shut(); } });
  close.addEventListener("click", shut);
  panel.addEventListener("keydown", function (e) { if (e.key === "Escape") { shut(); } });
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var text = input.value.trim();
    if (!text) { return; }
    input.value = "";
    if (!socket) { open(); }
    say(text);
  });
  document.addEventListener("click", function (e) {
    var starter = e.target.closest ? e.target.closest("[data-chat-start]") : null;
    if (!starter) { return; }
    e.preventDefault();
    var start = { payload: starter.getAttribute("data-chat-start"), label: starter.textContent.trim() };
    if (panel.hidden || !socket) { open(start); } else { say(start.payload, start.label); }
  });
})();
