"""An Arabic newsletter issue as Mailchimp's campaign archive serves it (us21.campaign-archive.com
/ mailchi.mp): `<body id="archivebody">`, Mailchimp's archive bar first (`#awesomewrap` with
"Subscribe", "Past Issues", "RSS" and the "Translate" list of languages), the hidden preheader
`span.mcnPreviewText` (the issue's teaser, not its text), then the classic table layout:
`#bodyTable` > `#bodyCell` > `table.templateContainer` with `#templatePreheader` ("عرض هذه
الرسالة في المتصفح"), `#templateHeader` (the logo `mcnImageBlock` and an `mcnTextBlock` with
the issue line "العدد 37 | الأحد 12 مايو 2024", the only date the page shows), `#templateBody`
(an `mcnCaptionBlock` photo with its caption, then one `mcnTextContent` cell holding the
issue's essay: `h1` headline, `dir="rtl"` paragraphs, maybe one `h2` subheading, closed by the
editor's signature "<name>، محررة النشرة"), an `mcnButtonBlock` "اقرأ المزيد على موقعنا", a
"قراءات مختارة" link list, and `#templateFooter` (the "شارك هذا العدد" `mcnShareBlock` with
Mailchimp's own "Share" / "Tweet" / "Forward" labels, the `mcnFollowBlock`, "أرسل هذه الرسالة
إلى صديق", the footer text: "Copyright © 2024 <org>, All rights reserved." as Mailchimp prints
it (page 3: the org's Arabic line), "لماذا وصلتني هذه الرسالة؟", "عنواننا البريدي:" with
Mailchimp's vcard address, "تحديث التفضيلات" / "إلغاء الاشتراك", and the MonkeyRewards badge,
an image whose alt is "Email Marketing Powered by Mailchimp"). No machine-readable date;
`<title>` and `og:title` are the campaign subject, not the headline."""

from __future__ import annotations

from .base import MONTHS, Article, Page, e, weekday

NAME = "mailchimp_campaign_archive"
HELD_OUT = True
SET = "unseen9"
FAMILY = "Arabic newsletter issue in Mailchimp's campaign archive: awesomebar, table layout, issue-line date, signed essay, list footer"
HOST = "https://us21.campaign-archive.com"
ORG = "مبادرة جسور للمياه والمناخ"
LETTER = "نشرة جسور"
U = "7c1e5a90b3d24f6e8a1b2c3d4"
LIST_ID = "a4f19c2e7b"
CAMPAIGNS = ("5e8d21b7c9", "b90f3a6d12", "3c7e04a9f5")
ISSUES = ("37", "44", "52")
SUBJECTS = {"litani-may-drought": "جسور #37 | الليطاني ينحسر قبل الصيف",
            "solar-batteries-waste": "جسور #44 | ماذا نفعل ببطاريات الطاقة الشمسية؟",
            "akkar-forest-volunteers": "جسور #52 | مع متطوعي الإطفاء في أحراج عكار"}
PREVIEW = {"litani-may-drought": "أرقام القرعون هذا الأسبوع، ولماذا يحفر مزارعو البقاع آبارا أعمق",
           "solar-batteries-waste": "عشرات آلاف البطاريات تخرج من الخدمة، ولا أحد يعرف أين تذهب",
           "akkar-forest-volunteers": "عشرون حريقا في خمسة أيام، ومن يصل أولا إلى النار"}
HEADING = {"litani-may-drought": 1, "solar-batteries-waste": 1}  # paragraph index of the h2
BAR = ("Subscribe", "Past Issues", "RSS", "Translate")
LANGS = (("en", "English"), ("ar", "العربية"), ("fr", "Français"), ("de", "Deutsch"),
         ("es", "Español"), ("tr", "Türkçe"))
VIEW = "عرض هذه الرسالة في المتصفح"
SIGNATURE = "ريم الحاج، محررة النشرة"
BUTTON = "اقرأ المزيد على موقعنا"
PICKS = "قراءات مختارة هذا الأسبوع"
SHARE = ("شارك هذا العدد", "Share", "Tweet", "Forward")
FOLLOW = ("تابعونا", "Facebook", "Instagram", "X", "Website")
FORWARD = "أرسل هذه الرسالة إلى صديق"
WHY = ("لماذا وصلتني هذه الرسالة؟",
       f"وصلتك هذه الرسالة لأنك اشتركت في {LETTER} عبر موقعنا أو في إحدى فعالياتنا.")
ADDRESS = ("عنواننا البريدي:", ORG, "شارع الحمرا، بناية الريس، الطابق الرابع", "بيروت", "1103",
           "Lebanon", "Add us to your address book")
PREFS = ("هل تريد تغيير طريقة وصول هذه الرسائل إليك؟", "يمكنك", "تحديث التفضيلات", "أو",
         "إلغاء الاشتراك", "من هذه القائمة.")
PREFS_LINE = f"{PREFS[1]} {PREFS[2]} {PREFS[3]} {PREFS[4]} {PREFS[5]}"
COPYRIGHT_EN = f"Copyright © 2024 {ORG}, All rights reserved."
COPYRIGHT_AR = f"حقوق النشر © 2024 {ORG}، جميع الحقوق محفوظة."
BADGE = "Email Marketing Powered by Mailchimp"

FONT = "font-family: Tahoma, Arial, sans-serif"
CELL = ("mso-line-height-rule: exactly;-ms-text-size-adjust: 100%;"
        "-webkit-text-size-adjust: 100%")
P = (f'style="margin: 10px 0;padding: 0;{CELL};color: #202020;{FONT};font-size: 17px;'
     'line-height: 175%;text-align: right;"')


def _block(inner: str, style: str = "padding: 0px 18px 9px;") -> str:
    """One mcnTextBlock as the drag-and-drop editor writes it."""
    return f"""<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock" style="min-width: 100%;border-collapse: collapse;">
    <tbody class="mcnTextBlockOuter">
        <tr>
            <td valign="top" class="mcnTextBlockInner" style="padding-top: 9px;{CELL};">
                <!--[if mso]>
                <table align="left" border="0" cellspacing="0" cellpadding="0" width="100%" style="width:100%;">
                <tr>
                <td valign="top" width="600" style="width:600px;">
                <![endif]-->
                <table align="left" border="0" cellpadding="0" cellspacing="0" style="max-width: 100%;min-width: 100%;border-collapse: collapse;" width="100%" class="mcnTextContentContainer">
                    <tbody><tr>
                        <td valign="top" class="mcnTextContent" style="{style}{CELL};word-break: break-word;color: #202020;{FONT};font-size: 16px;line-height: 150%;text-align: right;">
{inner}
                        </td>
                    </tr>
                </tbody></table>
                <!--[if mso]>
                </td>
                </tr>
                </table>
                <![endif]-->
            </td>
        </tr>
    </tbody>
</table>"""


def _essay(article: Article) -> str:
    out = [f'<h1 dir="rtl" style="display: block;margin: 0;padding: 0;color: #0b3b4f;{FONT};'
           f'font-size: 26px;font-weight: bold;line-height: 140%;text-align: right;">'
           f'{e(article.headline)}</h1>',
           f'<p dir="rtl" {P}>{e(article.lead)}</p>']
    for k, text in enumerate(article.paragraphs):
        if k == HEADING.get(article.slug):
            out.append(f'<h2 dir="rtl" style="display: block;margin: 18px 0 0;padding: 0;'
                       f'color: #0b3b4f;{FONT};font-size: 20px;font-weight: bold;'
                       f'line-height: 140%;text-align: right;">{e(text)}</h2>')
        else:
            out.append(f'<p dir="rtl" {P}>{e(text)}</p>')
    name, _, role = SIGNATURE.partition("، ")
    out.append(f'<p dir="rtl" {P}><br>\n<strong>{name}</strong>، {role}</p>')
    return "\n\n".join(out)


def render(article: Article, n: int) -> Page:
    moment = article.moment
    slug = article.slug
    cid = CAMPAIGNS[n - 1]
    archive = f"{HOST}/?u={U}&id={cid}"
    url = f"https://mailchi.mp/jusoor-climate/issue-{ISSUES[n - 1]}" if n == 3 else archive
    shown = f"{weekday(moment)} {moment.day} {MONTHS[moment.month - 1]} {moment.year}"
    issue_line = f"العدد {ISSUES[n - 1]} | {shown}"
    copyright_line = COPYRIGHT_AR if n == 3 else COPYRIGHT_EN
    page = Page(url=url, html="", shown_date=shown)
    page.add(*BAR, *(name for _, name in LANGS), PREVIEW[slug], VIEW, issue_line,
             article.caption, SIGNATURE, BUTTON, PICKS, *article.related, *SHARE, *FOLLOW,
             FORWARD, copyright_line, *WHY, *ADDRESS[:3], f"{ADDRESS[3]} {ADDRESS[4]}", *ADDRESS[5:],
             PREFS[0], PREFS_LINE, PREFS[2], PREFS[4])
    a_style = f'style="{CELL};color: #0b7a8f;font-weight: normal;text-decoration: underline;"'
    langs = "".join(
        f'<li> <a rel="nofollow" title="{name}" href="http://translate.google.com/translate?hl=auto&amp;langpair=auto|{code}&amp;u=https%3A%2F%2Fus21.campaign-archive.com%2F%3Fu%3D{U}%26id%3D{cid}">{name}</a> </li>'
        for code, name in LANGS)
    picks = "\n".join(f'<li dir="rtl" style="{CELL};text-align: right;"><a href="https://jusoor-climate.example/reads/{n}{k}" target="_blank" {a_style}>{e(r)}</a></li>'
                      for k, r in enumerate(article.related))
    share = "".join(
        f'<table align="left" border="0" cellpadding="0" cellspacing="0" style="border-collapse: collapse;" class="mcnShareContentItemContainer"><tbody><tr><td valign="top" style="padding-right: 9px;" class="mcnShareContentItemContainer">'
        f'<table border="0" cellpadding="0" cellspacing="0" width="" class="mcnShareContentItem" style="border-collapse: separate;border: 1px solid #CCCCCC;border-radius: 5px;background-color: #FAFAFA;"><tbody><tr><td align="left" valign="middle" style="padding-top: 5px;padding-right: 9px;padding-bottom: 5px;padding-left: 9px;">'
        f'<table align="left" border="0" cellpadding="0" cellspacing="0" width=""><tbody><tr><td align="center" valign="middle" width="24" class="mcnShareIconContent"><a href="{href}" target="_blank"><img src="https://cdn-images.mailchimp.com/icons/social-block-v2/color-{icon}-48.png" alt="{label}" style="display:block;" height="24" width="24" class=""></a></td>'
        f'<td align="left" valign="middle" class="mcnShareTextContent" style="padding-left: 5px;"><a href="{href}" target="" style="color: #505050;font-family: Arial;font-size: 12px;font-weight: normal;line-height: normal;text-align: center;text-decoration: none;">{label}</a></td></tr></tbody></table>'
        f'</td></tr></tbody></table></td></tr></tbody></table>'
        for label, icon, href in (
            ("Share", "facebook", f"https://www.facebook.com/sharer/sharer.php?u={archive}"),
            ("Tweet", "twitter", f"https://twitter.com/intent/tweet?text={archive}"),
            ("Forward", "forwardtofriend", f"https://us21.forward-to-friend.com/forward?u={U}&amp;id={cid}")))
    follow = "".join(
        f'<table align="left" border="0" cellpadding="0" cellspacing="0" style="display:inline;" class="mcnFollowStacked"><tbody><tr><td align="center" valign="top" class="mcnFollowIconContent" style="padding-right:10px; padding-bottom:9px;">'
        f'<a href="{href}" target="_blank"><img src="https://cdn-images.mailchimp.com/icons/social-block-v2/outline-dark-{icon}-48.png" alt="{label}" class="mcnFollowBlockIcon" width="24" style="width:24px; max-width:24px; display:block;"></a></td></tr>'
        f'<tr><td align="center" valign="top" class="mcnFollowTextContent" style="padding-right:10px; padding-bottom:9px;"><a href="{href}" target="" style="{FONT};font-size: 11px;text-decoration: none;color: #656565;">{label}</a></td></tr></tbody></table>'
        for label, icon, href in (
            ("Facebook", "facebook", "https://www.facebook.com/jusoorclimate"),
            ("Instagram", "instagram", "https://www.instagram.com/jusoorclimate"),
            ("X", "twitter", "https://x.com/jusoorclimate"),
            ("Website", "link", "https://jusoor-climate.example")))
    essay = _essay(article)
    page.html = f"""<!doctype html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
    <head>
        <!-- NAME: 1 COLUMN -->
        <!--[if gte mso 15]>
        <xml>
            <o:OfficeDocumentSettings>
            <o:AllowPNG/>
            <o:PixelsPerInch>96</o:PixelsPerInch>
            </o:OfficeDocumentSettings>
        </xml>
        <![endif]-->
        <meta charset="UTF-8">
        <meta http-equiv="X-UA-Compatible" content="IE=edge">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{e(SUBJECTS[slug])}</title>
    <style type="text/css">
        p{{margin:10px 0;padding:0;}}
        table{{border-collapse:collapse;}}
        h1,h2,h3,h4,h5,h6{{display:block;margin:0;padding:0;}}
        img,a img{{border:0;height:auto;outline:none;text-decoration:none;}}
        body,#bodyTable,#bodyCell{{height:100%;margin:0;padding:0;width:100%;}}
        .mcnPreviewText{{display:none !important;}}
        #outlook a{{padding:0;}}
        .ReadMsgBody{{width:100%;}}
        .ExternalClass{{width:100%;}}
        .templateContainer{{max-width:600px !important;}}
        a.mcnButton{{display:block;}}
        .mcnImage,.mcnRetinaImage{{vertical-align:bottom;}}
        .mcnTextContent{{word-break:break-word;}}
        .mcnTextContent img{{height:auto !important;}}
        .mcnDividerBlock{{table-layout:fixed !important;}}
        body,#bodyTable{{background-color:#F3F1EC;}}
        #bodyCell{{border-top:0;}}
        #templatePreheader .mcnTextContent,#templatePreheader .mcnTextContent p{{color:#656565;font-size:12px;line-height:150%;text-align:center;}}
        #templateFooter .mcnTextContent,#templateFooter .mcnTextContent p{{color:#656565;font-size:12px;line-height:150%;text-align:center;}}
    @media only screen and (max-width: 480px){{
        body,table,td,p,a,li,blockquote{{-webkit-text-size-adjust:none !important;}}
        body{{width:100% !important;min-width:100% !important;}}
        .mcnImage{{width:100% !important;}}
        .mcnTextContent,.mcnBoxedTextContentColumn{{padding-right:18px !important;padding-left:18px !important;}}
    }}
    </style>
<meta property="og:title" content="{e(SUBJECTS[slug])}">
<meta property="og:description" content="{e(PREVIEW[slug])}">
<meta property="og:url" content="{archive}">
<meta property="og:image" content="https://mcusercontent.com/{U}/images/jusoor-logo-og.png">
<link rel="stylesheet" href="https://us21.campaign-archive.com/css/archivebar-desktop.css" mc:nocompile>
<script type="text/javascript" src="https://us21.campaign-archive.com/js/archivebar-desktop-plugins.js" mc:nocompile></script>
<script type="text/javascript">
    $(document).ready(function() {{
        $('li.more > a').click(function(){{
            var toToggle = $($(this).attr('data-to-toggle')).toggle();
            return false;
        }});
    }});
</script>
</head>
    <body id="archivebody" style="height: 100%;margin: 0;padding: 0;width: 100%;background-color: #F3F1EC;">
<div id="awesomewrap">
    <ul id="awesomebar" class="">
        <li><a href="http://eepurl.com/iQ{cid[:4]}" title="Subscribe to this list">{BAR[0]}</a></li>
        <li><a href="{HOST}/home/?u={U}&amp;id={LIST_ID}" title="View previous campaigns">{BAR[1]}</a></li>
        <li class="float-r"><a href="{HOST}/feed?u={U}&amp;id={LIST_ID}" title="RSS feed">{BAR[2]}</a></li>
        <li class="float-r more"><a href="javascript:;" data-to-toggle="#translate" class="">{BAR[3]}</a> <ul id="translate" style="display: none;">{langs}</ul> </li>
    </ul>
</div>
        <!--*|IF:MC_PREVIEW_TEXT|*-->
        <!--[if !gte mso 9]><!----><span class="mcnPreviewText" style="display:none; font-size:0px; line-height:0px; max-height:0px; max-width:0px; opacity:0; overflow:hidden; visibility:hidden; mso-hide:all;">{e(PREVIEW[slug])}</span><!--<![endif]-->
        <!--*|END:IF|*-->
        <center>
            <table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable" style="border-collapse: collapse;height: 100%;margin: 0;padding: 0;width: 100%;background-color: #F3F1EC;">
                <tbody><tr>
                    <td align="center" valign="top" id="bodyCell" style="{CELL};height: 100%;margin: 0;padding: 10px;width: 100%;border-top: 0;">
                        <!-- BEGIN TEMPLATE // -->
                        <!--[if (gte mso 9)|(IE)]>
                        <table align="center" border="0" cellspacing="0" cellpadding="0" width="600" style="width:600px;">
                        <tr>
                        <td align="center" valign="top" width="600" style="width:600px;">
                        <![endif]-->
                        <table border="0" cellpadding="0" cellspacing="0" width="100%" class="templateContainer" style="border-collapse: collapse;border: 0;max-width: 600px !important;">
                            <tbody><tr>
                                <td valign="top" id="templatePreheader" style="background-color: #F3F1EC;border-top: 0;border-bottom: 0;padding-top: 9px;padding-bottom: 9px;">{_block(f'<div style="text-align: center;"><a href="{archive}" target="_blank" {a_style}>{VIEW}</a></div>', "padding: 0px 18px 9px;text-align: center;")}</td>
                            </tr>
                            <tr>
                                <td valign="top" id="templateHeader" style="background-color: #FFFFFF;border-top: 4px solid #0b7a8f;border-bottom: 0;padding-top: 9px;padding-bottom: 0;"><table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnImageBlock" style="min-width: 100%;border-collapse: collapse;">
    <tbody class="mcnImageBlockOuter">
            <tr>
                <td valign="top" style="padding: 9px;" class="mcnImageBlockInner">
                    <table align="left" width="100%" border="0" cellpadding="0" cellspacing="0" class="mcnImageContentContainer" style="min-width: 100%;border-collapse: collapse;">
                        <tbody><tr>
                            <td class="mcnImageContent" valign="top" style="padding-right: 9px;padding-left: 9px;padding-top: 0;padding-bottom: 0;text-align: center;">
                                    <a href="https://jusoor-climate.example" title="" class="" target="_blank"><img align="center" alt="{LETTER}" src="https://mcusercontent.com/{U}/images/2f61c0d4-jusoor-logo.png" width="220" style="max-width: 440px;padding-bottom: 0;display: inline !important;vertical-align: bottom;border: 0;height: auto;outline: none;text-decoration: none;" class="mcnImage"></a>
                            </td>
                        </tr>
                    </tbody></table>
                </td>
            </tr>
    </tbody>
</table>{_block(f'<div dir="rtl" style="text-align: center;"><span style="font-size:13px"><span style="color:#656565">{issue_line}</span></span></div>', "padding: 0px 18px 9px;text-align: center;")}</td>
                            </tr>
                            <tr>
                                <td valign="top" id="templateBody" style="background-color: #FFFFFF;border-top: 0;border-bottom: 2px solid #EAEAEA;padding-top: 0;padding-bottom: 9px;"><table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnCaptionBlock">
    <tbody class="mcnCaptionBlockOuter">
        <tr>
            <td class="mcnCaptionBlockInner" valign="top" style="padding:9px;">
<table align="left" border="0" cellpadding="0" cellspacing="0" class="mcnCaptionBottomContent">
    <tbody><tr>
        <td class="mcnCaptionBottomImageContent" align="center" valign="top" style="padding:0 9px 9px 9px;">
            <img alt="" src="https://mcusercontent.com/{U}/images/{cid}-cover.jpg" width="564" style="max-width:1200px;" class="mcnImage">
        </td>
    </tr>
    <tr>
        <td class="mcnTextContent" valign="top" style="padding:0 9px 0 9px;color: #656565;font-size: 13px;text-align: right;" width="564">
            <div dir="rtl" style="text-align: right;"><em>{e(article.caption)}</em></div>
        </td>
    </tr>
</tbody></table>
            </td>
        </tr>
    </tbody>
</table>{_block(essay, "padding: 9px 24px 9px;")}<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnButtonBlock" style="min-width:100%;">
    <tbody class="mcnButtonBlockOuter">
        <tr>
            <td style="padding-top:0; padding-right:18px; padding-bottom:18px; padding-left:18px;" valign="top" align="center" class="mcnButtonBlockInner">
                <table border="0" cellpadding="0" cellspacing="0" class="mcnButtonContentContainer" style="border-collapse: separate !important;border-radius: 4px;background-color: #0B7A8F;">
                    <tbody>
                        <tr>
                            <td align="center" valign="middle" class="mcnButtonContent" style="{FONT}; font-size: 16px; padding: 16px;">
                                <a class="mcnButton " title="{BUTTON}" href="https://jusoor-climate.example/ar/{slug}" target="_blank" style="font-weight: bold;letter-spacing: normal;line-height: 100%;text-align: center;text-decoration: none;color: #FFFFFF;">{BUTTON}</a>
                            </td>
                        </tr>
                    </tbody>
                </table>
            </td>
        </tr>
    </tbody>
</table><table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnDividerBlock" style="min-width:100%;">
    <tbody class="mcnDividerBlockOuter">
        <tr>
            <td class="mcnDividerBlockInner" style="min-width: 100%; padding: 18px;">
                <table class="mcnDividerContent" border="0" cellpadding="0" cellspacing="0" width="100%" style="min-width: 100%;border-top: 1px solid #E0E0E0;">
                    <tbody><tr>
                        <td>
                            <span></span>
                        </td>
                    </tr>
                </tbody></table>
            </td>
        </tr>
    </tbody>
</table>{_block(f'<h3 dir="rtl" style="text-align: right;color: #0b3b4f;font-size: 18px;">{PICKS}</h3>' + chr(10) + f'<ul dir="rtl">{picks}</ul>')}</td>
                            </tr>
                            <tr>
                                <td valign="top" id="templateFooter" style="background-color: #F3F1EC;border-top: 0;border-bottom: 0;padding-top: 9px;padding-bottom: 9px;">{_block(f'<div style="text-align: center;"><strong>{SHARE[0]}</strong></div>', "padding: 0px 18px 9px;text-align: center;")}<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnShareBlock" style="min-width:100%;">
    <tbody class="mcnShareBlockOuter">
            <tr>
                <td valign="top" style="padding:9px;" class="mcnShareBlockInner">
                    <table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnShareContentContainer" style="min-width:100%;">
                        <tbody><tr>
                            <td align="center" style="padding-top:0; padding-left:9px; padding-bottom:0; padding-right:9px;">
                                <table border="0" cellpadding="0" cellspacing="0" width="100%" style="min-width:100%;" class="mcnShareContent">
                                    <tbody><tr>
                                        <td align="center" valign="top" class="mcnShareContentItemContainer" style="padding-top:9px; padding-right:9px; padding-left:9px;">{share}</td>
                                    </tr>
                                </tbody></table>
                            </td>
                        </tr>
                    </tbody></table>
                </td>
            </tr>
    </tbody>
</table>{_block(f'<div style="text-align: center;"><strong>{FOLLOW[0]}</strong></div>', "padding: 0px 18px 9px;text-align: center;")}<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnFollowBlock" style="min-width:100%;">
    <tbody class="mcnFollowBlockOuter">
        <tr>
            <td align="center" valign="top" style="padding:9px" class="mcnFollowBlockInner">
                <table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnFollowContentContainer" style="min-width:100%;">
                    <tbody><tr>
                        <td align="center" style="padding-left:9px;padding-right:9px;">
                            <table border="0" cellpadding="0" cellspacing="0" width="100%" style="min-width:100%;" class="mcnFollowContent">
                                <tbody><tr>
                                    <td align="center" valign="top" style="padding-top:9px; padding-right:9px; padding-left:9px;">{follow}</td>
                                </tr>
                            </tbody></table>
                        </td>
                    </tr>
                </tbody></table>
            </td>
        </tr>
    </tbody>
</table>{_block(f'<div style="text-align: center;"><a href="https://us21.forward-to-friend.com/forward?u={U}&amp;id={cid}" target="_blank" {a_style}>{FORWARD}</a></div>', "padding: 0px 18px 9px;text-align: center;")}{_block(f'''<div dir="rtl" style="text-align: center;"><em>{copyright_line}</em><br>
<br>
<strong>{WHY[0]}</strong><br>
{WHY[1]}<br>
<br>
<strong>{ADDRESS[0]}</strong><br>
<div class="vcard"><span class="org fn">{ORG}</span><div class="adr"><div class="street-address">{ADDRESS[2]}</div><span class="locality">{ADDRESS[3]}</span>  <span class="postal-code">{ADDRESS[4]}</span><div class="country-name">{ADDRESS[5]}</div></div><br><a href="{HOST}/vcard?u={U}&amp;id={LIST_ID}" class="hcard-download">{ADDRESS[6]}</a></div>
<br>
<br>
{PREFS[0]}<br>
{PREFS[1]} <a href="https://jusoor-climate.us21.list-manage.com/profile?u={U}&amp;id={LIST_ID}" {a_style}>{PREFS[2]}</a> {PREFS[3]} <a href="https://jusoor-climate.us21.list-manage.com/unsubscribe?u={U}&amp;id={LIST_ID}" {a_style}>{PREFS[4]}</a> {PREFS[5]}<br>
<br>
<a href="http://www.mailchimp.com/email-referral/?utm_source=freemium_newsletter&amp;utm_medium=email&amp;utm_campaign=referral_marketing&amp;aid={U}&amp;afl=1"><img src="https://cdn-images.mailchimp.com/monkey_rewards/intuit-mc-rewards-text-dark.svg" border="0" alt="{BADGE}" title="Mailchimp Email Marketing" width="139" height="54"></a>
</div>''', "padding: 0px 18px 9px;text-align: center;")}</td>
                            </tr>
                        </tbody></table>
                        <!--[if (gte mso 9)|(IE)]>
                        </td>
                        </tr>
                        </table>
                        <![endif]-->
                        <!-- // END TEMPLATE -->
                    </td>
                </tr>
            </tbody></table>
        </center>
    <script src="https://us21.campaign-archive.com/js/mcsocial.js" type="text/javascript"></script>
    </body>
</html>
"""
    return page
