// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the corpus writes literal ${VAR} references (shell, Spring, Helm) on purpose
import { j, type Rand } from './fake.js';
import type { Corpus } from './labels.js';

/** Chat, payment, e-mail, AI and productivity credentials in realistic files. */
export function plantSaas(c: Corpus, r: Rand): void {
  const xoxb = `${j('xo', 'xb-')}${r.digits(12)}-${r.digits(13)}-${r.alnum(24)}`;
  const xoxp = `${j('xo', 'xp-')}${r.digits(12)}-${r.digits(12)}-${r.digits(13)}-${r.hex(32)}`;
  const hook = `https://${j('hooks.sl', 'ack.com')}/services/T${r.upnum(10)}/B${r.upnum(10)}/${r.alnum(24)}`;
  c.doc('bots/standup/app.py')
    .add('from slack_bolt import App', '')
    .secret('slack-bot-token', `app = App(token="${xoxb}", signing_secret=SIGNING_SECRET)`, xoxb);
  c.doc('bots/standup/export_history.sh').secret(
    'slack-user-token',
    `curl -s -H 'Authorization: Bearer ${xoxp}' 'https://slack.com/api/conversations.history?channel=C024BE91L'`,
    xoxp,
  );
  c.doc('alertmanager/alertmanager.yml')
    .add('receivers:', '  - name: oncall', '    slack_configs:')
    .secret('slack-webhook', `      - api_url: '${hook}'`, hook)
    .add("        channel: '#oncall'");
  const discordId = Buffer.from(`1${r.digits(18)}`)
    .toString('base64')
    .replace(/=+$/, '');
  const discordBot = `${discordId}.${r.url(6)}.${r.url(38)}`;
  c.doc('bots/discord/index.js')
    .add(
      "const { Client, GatewayIntentBits } = require('discord.js');",
      'const client = new Client({ intents: [GatewayIntentBits.Guilds] });',
      '',
    )
    .secret('discord-bot-token', `client.login('${discordBot}');`, discordBot);
  const discordBot2 = `${Buffer.from(`9${r.digits(17)}`)
    .toString('base64')
    .replace(/=+$/, '')}.${r.url(6)}.${r.url(27)}`;
  c.doc('bots/discord/.env').secret('discord-bot-token', `DISCORD_TOKEN=${discordBot2}`, discordBot2);
  const dhook = `https://${j('disc', 'ord.com')}/api/webhooks/${r.digits(19)}/${r.url(68)}`;
  c.doc('ci/notify.ps1').secret(
    'discord-webhook',
    `Invoke-RestMethod -Uri "${dhook}" -Method Post -Body $payload`,
    dhook,
  );
  const tg = `${r.digits(10)}:${j('A', 'A')}${r.url(33)}`;
  c.doc('bots/telegram/config.ini')
    .add('[telegram]')
    .secret('telegram-bot-token', `token = ${tg}`, tg)
    .add('chat_id = -1001234567890');

  const skLive = `${j('sk_', 'live_')}51${r.alnum(97)}`;
  const rkLive = `${j('rk_', 'live_')}${r.alnum(24)}`;
  const skTest = `${j('sk_', 'test_')}51${r.alnum(97)}`;
  const whsec = `${j('wh', 'sec_')}${r.alnum(32)}`;
  c.doc('billing/config/stripe.php')
    .add('<?php', '', 'return [')
    .secret('stripe-live-secret-key', `    'secret' => '${skLive}',`, skLive)
    .secret('stripe-webhook-secret', `    'webhook_secret' => '${whsec}',`, whsec)
    .add('];');
  c.doc('billing/reporting/export.rb')
    .add("require 'stripe'", '')
    .secret('stripe-restricted-key', `Stripe.api_key = ENV.fetch('STRIPE_KEY', '${rkLive}')`, rkLive);
  c.doc('billing/tests/conftest.py')
    .add('import stripe', '', '# CI account in test mode')
    .secret('stripe-test-secret-key', `stripe.api_key = "${skTest}"`, skTest);
  const twilioAuth = r.hex(32);
  const twilioSk = `${j('S', 'K')}${r.hex(32)}`;
  c.doc('notify/sms.py')
    .add('from twilio.rest import Client', '')
    .secret('twilio-auth-token', `client = Client("AC${r.hex(32)}", "${twilioAuth}")`, twilioAuth);
  c.doc('notify/voice.js')
    .add("const twilio = require('twilio');")
    .secret(
      'twilio-api-key',
      `const client = twilio('${twilioSk}', process.env.TWILIO_API_SECRET, { accountSid });`,
      twilioSk,
    );
  const sg = `${j('S', 'G.')}${r.url(22)}.${r.url(43)}`;
  c.doc('notify/mailer.go')
    .add('package notify', '')
    .secret('sendgrid-api-key', `var client = sendgrid.NewSendClient("${sg}")`, sg);
  const mg = `${j('ke', 'y-')}${r.hex(32)}`;
  c.doc('notify/config/mail.yml')
    .add('mailgun:', '  domain: mg.acme.io')
    .secret('mailgun-api-key', `  api_key: ${mg}`, mg);
  const mc = `${r.hex(32)}-us${r.from('123456789', 1)}${r.digits(1)}`;
  c.doc('marketing/newsletter.js')
    .add("import mailchimp from '@mailchimp/mailchimp_marketing';")
    .secret('mailchimp-api-key', `mailchimp.setConfig({ apiKey: '${mc}', server: 'us21' });`, mc);

  const proj = `${j('sk-', 'proj-')}${r.url(74)}${j('T3Blbk', 'FJ')}${r.url(74)}`;
  const legacy = `${j('s', 'k-')}${r.alnum(20)}${j('T3Blbk', 'FJ')}${r.alnum(20)}`;
  const svc = `${j('sk-', 'svcacct-')}${r.url(74)}${j('T3Blbk', 'FJ')}${r.url(74)}`;
  c.doc('ml/summarise.ipynb')
    .add('{', ' "cells": [{', '  "cell_type": "code",', '  "source": [')
    .secret('openai-api-key', `   "os.environ[\\"OPENAI_API_KEY\\"] = \\"${proj}\\"\\n",`, proj)
    .add('   "client = OpenAI()"', '  ]', ' }]', '}');
  c.doc('ml/legacy/gpt3.py').add('import openai', '').secret('openai-api-key', `openai.api_key = '${legacy}'`, legacy);
  c.doc('ml/agents/settings.toml').add('[llm]', 'model = "gpt-4o"').secret('openai-api-key', `key = "${svc}"`, svc);
  const ant = `${j('sk-', 'ant-api03-')}${r.url(93)}AA`;
  c.doc('ml/agents/claude_client.ts')
    .add("import Anthropic from '@anthropic-ai/sdk';", '')
    .secret('anthropic-api-key', `const anthropic = new Anthropic({ apiKey: '${ant}' });`, ant);
  const hf = `${j('h', 'f_')}${r.letters(34)}`;
  c.doc('ml/download.sh').secret(
    'huggingface-token',
    `huggingface-cli login --token ${hf} --add-to-git-credential`,
    hf,
  );
  const r8 = `${j('r', '8_')}${r.alnum(37)}`;
  c.doc('ml/replicate.env').secret('replicate-token', `REPLICATE_API_TOKEN=${r8}`, r8);

  const shpat = `${j('shp', 'at_')}${r.hex(32)}`;
  const shpss = `${j('shp', 'ss_')}${r.hex(32)}`;
  c.doc('shop/shopify.app.toml')
    .add('client_id = "a1b2c3"', '[auth]')
    .secret('shopify-shared-secret', `api_secret = "${shpss}"`, shpss);
  c.doc('shop/scripts/sync_inventory.py')
    .add('import shopify', '')
    .secret('shopify-token', `session = shopify.Session("acme.myshopify.com", "2024-01", "${shpat}")`, shpat);
  const square = `${j('EA', 'AA')}${r.url(60)}`;
  const sqSecret = `${j('sq0', 'csp-')}${r.url(43)}`;
  c.doc('pos/square.env')
    .secret('square-access-token', `SQUARE_ACCESS_TOKEN=${square}`, square)
    .secret('square-oauth-secret', `SQUARE_APP_SECRET=${sqSecret}`, sqSecret);
  const bt = `${j('access_token', '$production$')}${r.lownum(16)}$${r.hex(32)}`;
  c.doc('pos/braintree.rb')
    .add('gateway = Braintree::Gateway.new(')
    .secret('braintree-access-token', `  access_token: "${bt}",`, bt)
    .add(')');
  const fcm = `AAAA${r.url(7)}:APA91b${r.url(134)}`;
  c.doc('mobile/push/send.php')
    .add('<?php')
    .secret(
      'firebase-fcm-server-key',
      `$headers = ['Authorization: key=${fcm}', 'Content-Type: application/json'];`,
      fcm,
    );
  const mapbox = `${j('s', 'k.')}${Buffer.from(JSON.stringify({ u: 'acme-maps', a: r.lownum(25) })).toString('base64url')}.${r.url(22)}`;
  c.doc('maps/upload-tiles.sh').secret('mapbox-secret-token', `export MAPBOX_ACCESS_TOKEN=${mapbox}`, mapbox);
  const lin = `${j('lin', '_api_')}${r.alnum(40)}`;
  c.doc('tools/changelog/linear.go')
    .add('package changelog', '')
    .secret('linear-api-key', `const linearKey = \`${lin}\``, lin);
  const notion = `${j('secr', 'et_')}${r.alnum(43)}`;
  const ntn = `${j('nt', 'n_')}${r.digits(11)}${r.alnum(35)}`;
  c.doc('tools/docs-sync/notion.py')
    .add('from notion_client import Client', '')
    .secret('notion-token', `notion = Client(auth="${notion}")`, notion);
  c.doc('tools/docs-sync/.env.production').secret('notion-token', `NOTION_TOKEN=${ntn}`, ntn);
  const pmak = `${j('PM', 'AK-')}${r.hex(24)}-${r.hex(34)}`;
  c.doc('api-tests/run-newman.sh').secret(
    'postman-api-key',
    `newman run "https://api.getpostman.com/collections/123?apikey=${pmak}"`,
    pmak,
  );
  const okta = `00${r.url(40)}`;
  c.doc('identity/okta.yaml')
    .add('okta:', '  client:', '    orgUrl: https://acme.okta.com')
    .secret('okta-api-token', `    token: ${okta}`, okta);
  const pscale = `${j('pscale', '_pw_')}${r.url(43)}`;
  c.doc('db/planetscale.env').secret('planetscale-password', `DATABASE_PASSWORD=${pscale}`, pscale);
  const doppler = `${j('dp.', 'st.')}prd.${r.alnum(40)}`;
  c.doc('Dockerfile.runtime')
    .add('FROM node:20-slim')
    .secret('doppler-token', `ENV DOPPLER_TOKEN=${doppler}`, doppler)
    .add('CMD ["doppler", "run", "--", "node", "server.js"]');
  const algolia = r.hex(32);
  c.doc('search/indexer.js')
    .add("const algoliasearch = require('algoliasearch');")
    .secret(
      'algolia-admin-key',
      `const client = algoliasearch('${r.upnum(10)}', '${algolia}'); // admin key, used to push records`,
      algolia,
    );
  const dropbox = `${j('s', 'l.')}${r.url(138)}`;
  c.doc('backup/dropbox_upload.py')
    .add('import dropbox', '')
    .secret('dropbox-token', `dbx = dropbox.Dropbox("${dropbox}")`, dropbox);
  const cf = r.url(40);
  c.doc('infra/dns/cloudflare.tf')
    .add('provider "cloudflare" {')
    .secret('cloudflare-api-token', `  api_token = "${cf}"`, cf)
    .add('}');
  const age = `${j('AGE-SECRET', '-KEY-1')}${r.from('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58)}`;
  c.doc('secrets/.sops/keys.txt')
    .add('# created: 2024-02-01T10:00:00Z', `# public key: age1${r.from('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)}`)
    .secret('age-secret-key', age, age);
}
