"""First impressions and relationships: one-sided-ask, form-letter, duplicate-draft, template-placeholder.

textlint style: per rule, realistic drafts that must stay quiet (valid, with hard negatives) and
drafts that must fire (invalid), plus position checks. duplicate-draft runs through Linter.finish
and through the installed CLI, serially and with --jobs 2.
"""
from __future__ import annotations

import json
import time

import pytest

from outreach_lint import lint_text
from outreach_lint.document import Document
from outreach_lint.lint import Linter
from outreach_lint.speech import asks, interest, real_offers, relationship


def _fired(rule: str, text: str, platform: str = "generic"):
    return [f for f in lint_text(text, platform=platform, select=[rule]) if f.rule == rule]


def _case(item):
    return item if isinstance(item, tuple) else (item, "generic")


# == one-sided-ask ==========================================================================
ONE_SIDED_INVALID = [
    # 募集していれば is a condition, not a position offered
    ("はじめまして。千葉さんのトーク、とても面白かったです。転職を考えていて、千葉さんの会社で今エンジニアを募集していれば、採用担当の方に紹介していただけないでしょうか。", "linkedin"),
    # promotion asked of a stranger's audience (ポストで紹介して) is a referral; the link sent is no gift
    ("はじめまして！フォロワー5千人おめでとうございます。うちの新しいアプリを一度ポストで紹介してもらえませんか？リンク送ります🙏", "x"),
    # a skill taught (カスタマイズ方法), not a procedure (申込みの方法)
    ("はじめまして。山田さんの投稿で、WordPressのテーマを作られているのを拝見しました。今度個人でサイトを開くので、テーマの編集方法を一通り教えていただけないでしょうか。", "facebook"),
    # the product named, an adverb between it and ご検討: a purchase asked for
    ("はじめまして。当社の勤怠管理アプリをぜひご検討ください。導入企業は500社を超えました。", "linkedin-note"),
    # what to do, asked of a stranger: advice (a list with とか is not two questions), however many questions
    ("はじめまして。いつも拝見しています。ヘッダー画像とか自己紹介文とか、どこを変えればいいか具体的に教えてもらえませんか？", "x"),
    ("初めてDMします。ネットショップを始めたのですが全然売れません。まず何をすればいいか教えてもらえますか？", "x"),
    ("はじめまして。来春カフェを開く予定です。わからないことばかりで、どのレジを入れるべきか、いつ始めればいいか教えていただけませんか。", "linkedin"),
    # 紹介だと通りやすい is a condition talked about, and a LINE ID sent is nothing given
    ("はじめまして。社員の方からの紹介だと選考が早いと聞きました。面識はありませんが、リファラルをお願いできないでしょうか。", "linkedin-note"),
    ("はじめまして、知り合いの知り合いなんですが、大阪で転職先を探していて、どこか紹介してもらえないかなと思ってます。詳しくは電話で話したいので、番号送っておきます→ 090-0000-0000", "facebook"),
    # habitual praise of unnamed posts is said to every account: no interest that earns a meeting
    ("はじめまして！いつも投稿参考にしてます。今度ランチでもしながらいろいろお話聞かせてもらえませんか？", "x"),
    # a connection just accepted is a thin tie: it earns a conversation, not a referral; free work is no job offered
    ("つながり申請のご承認ありがとうございます。早速ですが、御社の採用担当の方をご紹介いただけないでしょうか。", "linkedin"),
    ("はじめまして！リースの写真が素敵で思わずメッセージしました。交流会の会場の装飾を無料でお願いできる人を探してます。", "facebook"),
    # 働きたいという気持ち: という names the wish, nobody else's words are passed on
    ("はじめまして、来春卒業予定の中島です。若手に裁量を任せる御社で働きたいという気持ちが強くなり、ご連絡しました。", "linkedin-note"),
    # the code sent is what they would review; ご支援をご検討 names what to consider
    ("はじめまして、Rustの入門記事をいつも読んでいる学生です。ポートフォリオのコードを全部レビューしてもらえませんか？GitHubのURL送ります。", "x"),
    ("突然のご連絡失礼いたします。私たちは社会課題の解決を目指す学生団体です。活動資金のご支援をご検討いただけますと幸いです。", "linkedin-note"),
    # a seller's demo request stays an ask after research
    ("中島様\n先日の「採用広報をデータで回す」というご投稿を拝読しました。弊社の採用分析ツールが解決できると考えています。"
     "来週30分ほど、製品のご説明の時間をいただけないでしょうか。", "linkedin-note"),
    # ご教示 asks for advice too
    ("松井教授\n初めてご連絡いたします。中小企業の経営者をしております。社内の対応方針について、先生のお考えをメールで詳しくご教示いただけないでしょうか。", "linkedin"),
    # 家業を手伝ってきた is the sender's past, not an offer of help
    ("久保様\nはじめまして。家業の酒屋を手伝ってきた小田と申します。県内で事務の仕事を探しています。"
     "どこか採用してくれそうな会社を紹介していただけないでしょうか。", "linkedin"),
    # a casual offer in return must be concrete enough to count: nothing here
    ("久しぶり！高校で同じクラスだった石田だよ。社員紹介の制度があれば、紹介してもらえないかな。", "facebook"),
    # the time to pitch is asked for before ご紹介させてください
    ("はじめまして。弊社はITソリューションを提供しております。一度15分ほどお時間をいただき、弊社サービスをご紹介させてください。", "linkedin-note"),
    # a dormant tie (a classmate, an alumnus) earns a conversation, not a referral or a job
    ("大学のゼミで一緒だった渡辺です。Facebookで市役所の人事課にいらっしゃると知りました。"
     "社会人経験者採用の面接官の方をご紹介いただけないでしょうか。", "facebook"),
    # お世話になっております to a stranger is the business greeting, not a tie
    ("はじめまして。お世話になっております。株式会社ABCの営業、山口と申します。"
     "一度30分ほどお打ち合わせのお時間をいただけないでしょうか。", "email"),
    ("ご担当者様\n\nお世話になっております。\n株式会社リーガルワンの営業部、藤井と申します。\n"
     "弊社は企業法務のサービスを提供しております。\n一度お打ち合わせのお時間を頂戴できませんでしょうか。", "email"),
    ("はじめまして。弊社サービスの導入をご検討いただきたく、30分ほどお時間をいただけないでしょうか。", "email"),  # a wish, not thanks
    # the sender's own CV "for reference" supports the ask; wanting a raise is not the reader's gain
    ("はじめまして。判断の助けになればと思い、職務経歴書を添付します。採用担当の方をご紹介いただけませんか。", "linkedin"),
    ("はじめまして。年収アップを目指して転職活動中です。採用担当の方をご紹介いただけませんか。", "linkedin"),
    # referral / hiring manager (LinkedIn)
    ("はじめまして。フロントエンドエンジニアの山本と申します。現在転職先を探しており、御社のエンジニア採用の責任者の方をご紹介いただけないでしょうか。", "linkedin"),
    ("突然のご連絡失礼します。貴社のデータサイエンティスト職に応募予定です。採用マネージャーの方におつなぎいただけますか。", "linkedin"),
    ("小川さん\n\nはじめまして。Webエンジニアの白石です。\n社員紹介制度で私を推薦していただけますか。\n職務経歴書を添付しますので、人事の方に渡していただけると助かります。", "linkedin"),
    # a job
    ("はじめまして。未経験からエンジニアを目指しています。御社で働かせていただけないでしょうか。", "linkedin"),
    ("はじめまして。フリーランスのWebデザイナーの田村です。何かお仕事があればいただけないでしょうか。", "facebook"),
    # a purchase (sales email)
    ("はじめまして。株式会社クラウドワークスの営業の佐藤です。弊社の名刺管理サービスの導入をご検討ください。よろしくお願いいたします。", "email"),
    ("村井様\n\nはじめまして。株式会社タイムワークスの荒木です。\n弊社の勤怠管理システムを、ぜひ御社でご購入ください。\n申込書を添付しますので、ご記入のうえご返送をお願いいたします。", "email"),
    # free advice
    ("はじめまして。個人でアプリを開発している学生です。私のコードをレビューしていただけませんか。", "linkedin"),
    ("@dev_hanako はじめまして。個人開発のアプリのマーケティングについて、無料で相談に乗ってもらえませんか？", "x"),
    ("はじめまして。起業を考えています。事業計画書を添付しますので、アドバイスをいただけないでしょうか。", "email"),
    # time: OB/OG visit, coffee, a sales meeting, a speaking slot
    ("はじめまして。東西大学経済学部3年の中村と申します。就職活動中で、御社の社員の方にOB訪問をお願いしたいのですが、30分ほどお時間をいただけないでしょうか。", "email"),
    ("はじめまして！エンジニア歴2年の佐々木です。今度お茶でもしながらキャリアについて相談させてください。", "facebook"),
    ("突然のご連絡失礼いたします。弊社は人事向けSaaSを開発しております。30分ほどオンラインでご説明のお時間をいただけますでしょうか。", "email"),
    ("はじめまして。TechLinkのコミュニティマネージャーです。来月の弊社イベントでご登壇いただけないでしょうか。", "linkedin"),
    # money, and a plain wish form
    ("はじめまして。スタートアップを経営しています。御社から出資していただきたく、ご連絡しました。", "email"),
    ("はじめまして。面接対策を手伝ってほしいです。", "linkedin"),
    ("はじめまして。作家志望です。原稿を読んで感想とアドバイスをいただけないでしょうか。", "facebook"),
    ("突然すみません。来月のイベントで無償で講演をお願いできないでしょうか。", "linkedin"),
    # Interest in their work is not something given: a referral, free advice or a job still takes
    # without giving (tip 8; how three independent sets of labelled drafts read it too).
    ("はじめまして。中島さんが書かれていた「モノレポ移行の1年」を拝読し、大変参考になりました。もし可能であれば、御社のプラットフォームチームの方をご紹介いただけないでしょうか。", "linkedin"),
    ("@mori_sre はじめまして！昨日のSRE NEXTでのご講演、とても勉強になりました。ポストモーテムの進め方について、少しご相談させてもらえませんか？", "x"),
    ("はじめまして。松本さんがYouTubeで公開されている機械学習の解説動画で独学しています。キャリアについて15分ほどご相談させていただけないでしょうか。", "linkedin"),
    ("はじめまして。御社のテックブログの障害対応の記事を毎回読んでいます。ぜひ御社で働きたいので、エンジニアリングマネージャーの方につないでいただけませんか。", "linkedin-note"),
    ("先日のLTで発表されていたツール、最高でした。よろしければ、開発チームの方をご紹介いただけませんか。", "linkedin"),  # heard, not met
    # ご検討いただき、… chains requests (not thanks); できれば…したい and 一度お話ししたく are wishes, not a past meeting
    ("はじめまして、株式会社ミナトライトの宇野です。弊社の照明に替えると電気代が最大40%下がります。ぜひご購入をご検討いただき、お打ち合わせのお時間をいただけますか。", "linkedin-note"),
    ("はじめまして。インスタで発信されているEC運営のコツを見てご連絡しました。広告とSEOのやり方を一から教えてもらえませんか？できれば今週中に一度通話したいです。", "generic"),
    ("はじめまして。一度お話ししたくご連絡しました。御社の採用担当の方をご紹介いただけませんか。", "linkedin"),
    # the sender's own papers earlier in the sentence; a closing ご検討のほど does not widen what "send" balances
    ("はじめまして。明星大学4年の千葉です。社員紹介の制度で斎藤様からご推薦をいただけないでしょうか。"
     "履歴書と成績証明書は、ご指示いただければすぐにお送りします。何卒ご検討のほどよろしくお願い申し上げます。", "linkedin"),
    # asking what one should do (何を学ぶべきかを伺いたい) is asking for advice; 入社後 is not a job asked for
    ("はじめまして。青木様がnoteに書かれていた未経験から広告運用者になるまでの記事を何度も読み返しました。"
     "入社後の1年で何を学ぶべきかを、ぜひ直接伺いたいと考えています。30分ほどお時間をいただけないでしょうか。", "linkedin"),
    # a seller's meeting request serves the sale, however well researched
    ("林様\nはじめまして。勤怠管理SaaS「TimeFlow」の営業を担当している小松です。御社が静岡に新工場を開設されたとのニュースを拝見しました。"
     "今月の目標達成のため、ぜひ30分だけでもお時間をいただけないでしょうか。", "email"),
    ("@rust_kenta はじめまして！連載いつも読んでます。自作CLIのコードをレビューしてもらえませんか？リポジトリ送ります！", "x"),  # the thing to review
    ("@pm_aoki はじめまして！プロダクト指標のスレッド、めちゃくちゃ参考になりました。自分のサービスのKPI設計を無料でレビューしてもらえませんか？", "x"),
    # the link sent is the work to be reviewed, not a gift
    ("はじめまして、大学3年の森です。来週締切のESの志望動機を添削していただけないでしょうか。Googleドキュメントのリンクをお送りします。",
     "linkedin"),
    # 謝礼はお出しできません says there is no fee
    ("はじめまして。一度1時間ほどお時間をいただき、無償でアドバイスいただけないでしょうか。資金に余裕がなく、謝礼はお出しできません。", "email"),
    # 弊社でも…導入を検討しており is the sender's own project, not business brought to the reader
    ("早川先生\n\nはじめまして。先生の異常検知の論文を拝読しました。弊社でも外観検査へのAI導入を検討しておりますが、社内に詳しい者がおりません。"
     "アルゴリズムの選定について、一度ご助言をいただけないでしょうか。", "email"),
    # free work is free help
    # 紹介お願いします asks; ご連絡を差し上げました gives nothing; 共有させてもらいました is done for the sender
    ("@dev_rin はじめまして！自作アプリをRTで拡散してもらえませんか？あと御社で採用があれば紹介お願いします！", "x"),
    ("はじめまして、業務アプリを作っている吉岡です。御社の工場で導入していただけないか一度ご検討をお願いしたく、ご連絡を差し上げました。",
     "linkedin-note"),
    ("はじめまして。先日のデザイン解説のスレッド、社内で共有させてもらいました。新しいツールを出したので、RTで紹介してもらえませんか？", "x"),
    ("はじめまして、来月カフェを開く小野です。インスタで作品を拝見しました。予算がないので、ロゴを無料でお願いできないでしょうか。", "email"),
    # passing the sender's CV on is a referral, however it is phrased
    ("久しぶりです。研修で同じ班だった太田です。いま転職先を探していて、人事の方に私の履歴書を回していただけると助かります。", "email"),
    # 負担 talked about (the reader's staff's burden) is not the sender bearing a cost
    ("はじめまして。病棟の主任になる予定の看護師です。新人教育でプリセプターの負担をどう減らすかに悩んでいます。"
     "一度オンラインで具体的に教えていただけないでしょうか。", "linkedin"),
    # asking for the reader's corrections is asking for free work
    ("はじめまして。大学院で材料工学を専攻している者です。先生の論文を拝読しました。私の実験データを添付しますので、"
     "解析の誤りをご指摘いただけないでしょうか。", "email"),
    # DM失礼します: on X, a message to one person; asking for an RT is asking them to vouch for the sender
    ("DM失礼します。イラストを描いている者です。いつも作品見てます。新しい画集を出したので、RTしてもらえないでしょうか。", "x"),
    # ぜひ直接お話を伺いたい is a wish to meet, not a meeting that happened
    ("はじめまして。大学4年の森です。ご著書を拝読し、ぜひ直接お話を伺いたいと思いました。"
     "あわせて、出版社の方をご紹介いただけますと助かります。", "email"),
    # ご馳走になれたら: the reader would treat the sender, nothing is offered
    ("はじめまして。ペット向けのサブスクで起業準備中です。500万円ほど出資していただけないでしょうか。まずは一度お茶でもご馳走になれたら嬉しいです！",
     "facebook"),
    # goods asked for free, named by a サ変 noun (ご提供いただけ)
    ("はじめまして。子ども食堂を運営している村井です。御社で余った食品を、当食堂へ無償でご提供いただけないでしょうか。", "linkedin-note"),
    # the sender's own new duty is no tie
    ("はじめまして。経理の上田と申します。来期から英文開示を担当することになりました。注意点について、無料でアドバイスをいただけないでしょうか。",
     "linkedin"),
    # 勧めてもらえたら: their audience asked to buy
    ("はじめまして！ヨガ教室をされていると知ってご連絡しました。とても良いサプリを扱っていて、生徒さんにも勧めてもらえたら嬉しいです。",
     "facebook"),
    # 相談させてもらえませんか about the sender's own career is advice
    ("はじめまして！転職ブログを読んで勇気をもらいました。SRE未経験でも行けるか、相談させてもらえませんか？", "x"),
    # みてもらえませんか？ is a request, not a question whose answer 教えて asks for
    ("突然のDMすみません。看護学生です。来月の発表のスライド、みてもらえませんか？修正点を全部教えてほしいです。", "x"),
    # the goods a seller sends are sold, not given; a review posted for the sender is promotion
    ("はじめまして！動画いつも見てます。実家で作ったジャムを買ってもらえませんか？1瓶1200円で送ります。", "x"),
    ("はじめまして！キャンプ道具のスレッド参考になりました。新しく作ったテントを無償でレビュー投稿してもらえませんか？", "x"),
    # material sold is no gift (月額980円から…); an entry sheet sent for review supports the ask
    ("はじめまして。SaaSのプロダクトを作っている個人開発者です。私が作っているタスク管理ツールをぜひ御社で導入していただけないでしょうか。"
     "月額980円からご利用いただけます。デモの時間を30分いただけますと幸いです。", "linkedin-note"),
    ("はじめまして。名古屋大学経済学部4年の杉山と申します。\n小林様が御社の海外事業部で東南アジアの販路開拓を担当されていると、プロフィールで拝見しました。\n"
     "御社の秋採用に応募予定なのですが、人事の方にご推薦いただくことは可能でしょうか。\nエントリーシートもお送りしますので、事前に添削いただけると大変助かります。",
     "linkedin"),
    # a job seeker asking about a position is no recruiter with one
    ("ご担当者様\n\nはじめてご連絡いたします。現在、転職活動をしております。貴社の事業内容に大変興味を持ちました。"
     "つきましては、貴社でのポジションについてご紹介いただけないでしょうか。", "email"),
    # a dormant tie without an easy out still earns a conversation, not a referral
    ("大塚さん、ご無沙汰しています。前職で一緒にGo移行をやっていた本田です。\n大塚さんの会社のPlatformチームに興味があります。"
     "カジュアル面談につないでいただけないでしょうか。", "linkedin"),
    # はじめまして/突然の… and the sender's own earlier, unanswered message: still a first contact
    ("原田様\n\n突然のご連絡失礼いたします。転職活動中の上野と申します。\n先週お送りしたメッセージが埋もれているかもしれないので、改めてご連絡しました。\n"
     "つきましては、御社の採用担当の方をご紹介いただけないでしょうか。", "email"),
    ("大谷様\n\n突然のご連絡失礼いたします。フリーランスで翻訳をしている星野です。\n先週お送りしたメールを再送しています。\n"
     "御社のローカライズ案件について、単価の相場やクライアントの探し方を教えていただけないでしょうか。", "email"),
    # 貴社の理念に共感 is what every applicant says of every company: no interest in the reader's work
    ("ご担当者様\n\nはじめまして。日本で就職活動をしている留学生のチェンと申します。貴社の理念に深く共感いたしました。"
     "貴社で働くことは私の夢です。ぜひ一度お話を伺えれば幸いです。", "email"),
    # sent before too (先月もお送りしたのですが / 先週もメッセージ送った), by a stranger: still a first contact;
    # a friend's share the sender read is no offer
    ("西村様\n\n突然のご連絡失礼いたします。東北大学経済学部3年の佐野と申します。\n先月もお送りしたのですが、届いていないかもしれないと思い再度ご連絡しました。\n"
     "西村様が大学のキャリアフォーラムで話されていた、地方企業のブランディング案件のお話が印象に残っています。\n"
     "30分ほどお時間をいただき、広告業界のことや選考について教えていただけないでしょうか。", "email"),
    ("はじめまして！福田さんがインテリア雑貨のECを一人で立ち上げた話、共通の友人のシェアで読みました。先週もメッセージ送ったのですが、改めて。"
     "福田さんの会社で営業職の募集ってありますか？もしあれば人事の方を紹介してもらえませんか？", "facebook"),
    # free work: 40 pages of translation
    ("村田さん\n\nはじめまして。営業三部の小池です。\n来月、海外の取引先との商談があるので、提案書の英訳をお願いできないでしょうか。全部で40ページほどです。", "email"),
    # asking for something free is no offer of it
    ("はじめまして。狭山市で子ども食堂を運営している村井です。つきましては、御社で余剰となった食品を当食堂へ無償でご提供いただけないでしょうか。", "email"),
    # a card or a greeting at an event earns a conversation, not a referral or a sale
    ("先日のデザインカンファレンスで名刺交換させていただいた中川です。実は転職を考えておりまして、御社の人事の方をご紹介いただけないでしょうか。", "linkedin"),
    ("田島様\n\n昨日の経営者交流会でご挨拶させていただいた者です。弊社ではクラウド会計サービスを提供しております。ぜひこの機会にご導入をご検討ください。", "email"),
    ("昨日のRubyの勉強会でほんの少しお話しした村岡です！今の会社で経理の仕事を探していて、御社の求人があればご紹介いただけませんか？", "facebook"),
    # (but 多くの企業様にご導入いただきました is a claim about others, no tie)
    ("はじめまして。クラウド会計のミライ会計の佐藤です。昨年は多くの企業様にご導入いただきました。ぜひ御社でもご導入をご検討ください。30分ほどデモのお時間をいただけないでしょうか。", "linkedin"),
    # a wish to work there (御社でインターンをしたい); a past tie (お世話になった) asked for a referral
    ("はじめまして、ネパール出身のビカスです。御社でインターンをしたいです。空きがあれば教えてください。よろしくお願いします。", "linkedin-note"),
    ("ご無沙汰しております。前の会社でお世話になった長谷部です。現在再就職先を探しています。田中さんの今の会社、マーケ職を募集していますよね。ぜひ採用担当の方に私を推薦してください。", "email"),
    # a group introducing itself to ご担当者様: いつもお世話になっております is no tie
    ("ご担当者様\n\nいつもお世話になっております。\n私どもはITエンジニアの勉強会を運営しております。\n今後の活動のため、協賛金のご支援をお願いできないでしょうか。", "email"),
    # the reader's purchase asked of an old teammate (導入を検討してもらえないでしょうか) is no purchase by the sender
    ("坂井さん、ご無沙汰しています！高校のバスケ部で一緒だった吉岡です。坂井さんの会社でも導入を検討してもらえないでしょうか。もしくは、決裁権のある方を紹介してもらえると助かります。", "facebook"),
    # share and back a crowdfunding (シェアしていただけたら); a manuscript sent for review is the sender's own (長編)
    ("はじめまして！イラストレーターの田辺です。いまクラウドファンディングで画集の制作費を集めています。フォロワーの多い中野さんにシェアしていただけたら、とても心強いです。", "facebook"),
    ("はじめまして。長谷川様が編集された『白い坂道』を読みました。350枚の長編を書き上げたので、添付ファイルで全文お送りします。率直なご感想と改善点を教えていただけないでしょうか。また、社内でご推薦いただけると大変ありがたいです。", "email"),
    # an old colleague asked for an introduction by DM (ご無沙汰しています on X is a message to one person);
    # free work asked for (無料でお願いできる人を探してます) is no engagement
    ("ご無沙汰しています。元製造部の北村です。\n技術顧問として独立したので、御社の社長に一度ご紹介いただけませんか。", "x"),
    ("はじめまして！リースの写真がすごく素敵で、思わずメッセージしました。今度交流会を企画していて、会場の装飾を無料でお願いできる人を探してます。アドバイスもいただけませんか。", "facebook"),
    # the reader's opening, heard of (募集していると知りました), is no job offered; one's own portfolio is no gift
    ('はじめまして。大学のサークルの先輩の紹介で申請した中村です。\n佐野さんの会社でいまデザイナーを募集していると知りました。\nもしよければ、社員紹介で推薦していただけないでしょうか。\nポートフォリオはすぐにお送りできます。', 'facebook'),
    # a professional's advice asked for free on a school tie (無料で); 見積もり方 is no quote asked for (it is advice)
    ('はじめまして。経済学部の後輩にあたる会社員の上田です。同窓会名簿で先生が税理士をされていると知りました。相続の件で困っており、同じ大学のよしみで、無料で少しご意見をいただけないでしょうか。', 'linkedin'),
    ('はじめまして。ブログで拝見した、PostgreSQLのレプリケーションの記事がとても参考になりました。実は弊社が提案中の案件で同じ構成を検討しています。見積もり方と注意点を教えていただけないでしょうか。', 'email'),
    # 業務として依頼するほどではないので…無料で: no paid work, a favour asked
    ('突然すみません。相続に詳しい先生だと伺ってご連絡しました。業務として依頼するほどではないので、少しだけ無料でアドバイスをいただけないでしょうか。', 'email'),
    # an X text that says it is a DM (…の件でDMしました) is a message to one person, not a post
    ("React Nativeのビルドエラーの件でDMしました。締め切りが近いので、解決方法を教えてください。", "x"),
    # a creator's work asked for with no budget is a favour (exposure is no payment)
    ("はじめまして。小さな劇団を主宰しています。次回公演のチラシを描いていただけないでしょうか。予算はほとんどないのですが、描いてもらえたら公演で宣伝します！", "x"),
    # the referral is the embedded request of ご相談させてください (〜いただけないか、ご相談させてください)
    ("件名：ご相談\n\n株式会社ミナト 人事部 森様\n\n以前、展示会で名刺交換をさせていただいた田村です。現在転職先を探しており、森様から採用部門の方へご紹介いただけないか、ご相談させてください。", "email"),
    # sending this very message (メッセージをお送りする, ご連絡差し上げました) gives the reader nothing
    ("柴田様\n突然のご連絡をお許しください。このような形でメッセージをお送りするのは大変恐縮ですが、御社の新規事業について一度ご意見を伺えればと存じます。", "linkedin"),
    # a founder's request to present their own business (弊社の事業についてご説明する機会) is a pitch, however researched
    ("ご担当者様\n\n突然のご連絡失礼いたします。株式会社サンプルの代表、佐藤と申します。貴社の投資方針に共感し、ご連絡差し上げました。ぜひ一度、弊社の事業についてご説明する機会をいただけないでしょうか。", "email"),
    # work asked for (案件があれば、ぜひお願いします), not commissioned
    ("はじめまして、フリーのイラストレーターの森です。御社のブログで外部クリエイターの紹介記事を読みました。回していただける案件があれば、ぜひお願いします。", "linkedin"),
    # the reader's work as the subject of an OB visit is still a request for their time
    ("はじめまして。大学3年の市川と申します。OB名簿でお名前を拝見し、商社の海外営業のお仕事について伺いたくご連絡しました。", "email"),
    # バイヤーの方をご紹介: a buyer asked for, not the sender buying
    ("はじめまして。福井で漆器の工房をしている松田です。御社の雑貨店で、弊社の器を扱っていただけないでしょうか。バイヤーの方をご紹介いただけると助かります。", "linkedin"),
    # a question announced, then free advice asked: still one-sided
    ("はじめまして。大学で統計を学んでいる者です。卒業研究で一点ご相談したいことがあり、研究の進め方についてアドバイスをいただけないでしょうか。", "linkedin"),
    # the sender's past (お手伝いしてまいりました) is no offer
    ("はじめまして。法人保険を扱っている森と申します。これまで多くの経営者の方の資金計画をお手伝いしてまいりました。先生の顧問先で関心のありそうな社長様がいらっしゃれば、ご紹介いただけないでしょうか。", "email"),
    # 提供 in a list of what the reader may give (物品提供など、) is no offer
    ("はじめまして。子ども食堂を運営している団体の代表です。食材、物品提供など、どのような形でも構いません。御社で食材を寄付していただけないでしょうか。", "facebook"),
    # what the sender's group does for others (無料で…開いている団体) is no offer to the reader
    ("はじめまして。公民館で無料で読み聞かせ会を開いているボランティア団体の代表です。御社で絵本を寄付していただけないでしょうか。", "facebook"),
    # a review of the sender's code asked for free (コードを見ていただけないでしょうか)
    ("はじめまして。Reactのフォームについてのブログを拝読しました。いま作っているアプリのコードを見ていただけないでしょうか。", "email"),
    # a card received at an event (お名刺を頂戴しました) earns a talk, not a referral
    ("先日の商工会の交流会でお名刺を頂戴しました、ベーカリーの原田です。御社のお取引先のバイヤーの方を、ぜひご紹介いただけないでしょうか。", "email"),
    # what to fix, asked (どこを直せばよいか): the page sent is the work to review, no gift
    ("はじめまして。小さな宿を開業した者です。予約ページのどこを直せばよいか教えていただけないでしょうか。ページのURLをお送りしますので、改善点をご指摘いただけると助かります。", "email"),
    # a business plan reviewed for free (事業計画書のどこが弱いか見ていただけませんか)
    ("突然すみません。起業準備中の者です。投資家の目から見て、うちの事業計画書のどこが弱いか見ていただけませんか？", "linkedin"),
    # a word put in with HR (人事の方に一声) is a referral; a dormant tie does not earn it
    ("ご無沙汰しております。サークルで一緒だった大野です。いま転職活動中でして、先輩から人事の方に一声かけていただけないでしょうか。", "facebook"),
    # a free first month (今なら初月無料) is the goods for sale, not something given
    ("はじめまして。弊社の新しい配送サービスをぜひご購入いただきたく、ご連絡しました。今なら初月無料です。", "linkedin"),
    # know-how asked (見積もりの出し方を教えて) is not a quote the sender will pay for
    ("はじめまして。独立したばかりのウェディングプランナーです。見積もりの出し方を教えていただけないでしょうか。", "facebook"),
    # the reader's own papers asked to see (事業計画書を…見せていただけないか)
    ("はじめまして。カフェの開業を準備している者です。開業されたときの事業計画書を、参考に見せていただけないでしょうか。", "linkedin"),
    # the sender introduced to a department (部署があれば、私を紹介して) is a referral, not a desk asked for
    ("はじめまして。Webデザイナーです。社内で外注先を探している部署があれば、私を紹介してもらえませんか？", "x"),
    # a professional's treatment asked for (どう保存処置すればよいか教えて): advice, not a yes-or-no
    ("はじめまして。町の図書館で郷土資料を担当している者です。寄贈された古文書に虫食いが出てしまいました。どう保存処置すればよいか教えていただけないでしょうか。", "email"),
    # the sender's diagram sent for a review and a referral asked: the papers support the asks, no gift
    ("坂本様\nはじめまして、創業したばかりの会社の代表です。御社の本を拝読しました。弊社のインフラ構成図をお送りしますので、問題点を洗い出してご指摘いただけないでしょうか。あわせて、おすすめのインフラエンジニアがいればご紹介ください。", "email"),
    # the sender's own recording sent to be judged (データを送るので…聴いてアドバイスを) is no gift
    ("はじめまして。松田さんのミックス講座の動画、いつも見ています。自分の曲のミックスがうまくいかなくて、データを送るので一度聴いてアドバイスをもらえませんか。", "facebook"),
    # a company naming itself (株式会社…でございます) to ご担当者様 writes cold: 平素より is the stock greeting
    ("件名：【ご案内】太陽光発電設備のご購入について\n\nご担当者様\n\n平素より大変お世話になっております。\n株式会社ソーラーネクストでございます。\n現在、弊社では産業用太陽光発電設備の特別キャンペーンを実施しております。\nこの機会にぜひご購入をご検討ください。\nお見積りのご依頼は、下記のフォームよりお願いいたします。", "email"),
    # a connection just accepted (つながっていただき) earns a conversation, not a referral to sell through
    ("菊地様\n\nつながっていただきありがとうございます。\n菊地様が、大手デベロッパーの田中部長と親しくされていると伺いました。\n弊社の清掃サービスを田中部長に売り込みたいので、ご紹介いただけないでしょうか。", "linkedin"),
    # the sender has left the job (元…の藤田です, 退職の際は): お世話になっております greets a past tie
    ("株式会社ヤマセ食品\n総務部 中村様\n\nお世話になっております。元オフィスプラスの藤田です。\n退職の際は十分なご挨拶もできず、失礼いたしました。\n現在は株式会社クリーンワークスで、法人向け清掃サービスの営業をしております。\nつきましては、グループ会社で清掃業者を検討されている部署があれば、ご担当者様をご紹介いただけないでしょうか。", "email"),
    # 無料で一度見ていただけませんか asks the reader to work for free: 無料 there is no gift
    ("突然のDM失礼します！飲食で起業準備中の27歳です。前川さんの『繁盛店の数字』を3回読みました。事業計画を作ったので、無料で一度見ていただけませんか？あと、もし良ければお知り合いの投資家さんも紹介してほしいです。", "x"),
    # the sender's own problem sent to be judged (状況を詳しく書いて送りますので) is no gift
    ("吉村先生\n\nはじめまして。渋谷で小さなネイルサロンを経営している田辺と申します。\n法律事務所に正式に依頼する余裕がないので、少しだけ相談に乗っていただけないでしょうか。\n状況を詳しく書いて送りますので、どう対応すべきか教えていただきたいです。", "linkedin"),
    # the predecessor's contact (三好の後任として入社しました) is a thin tie: it earns a talk, not five referrals
    ("合同会社ルーツデザイン\n代表 石田様\n\n突然のご連絡失礼いたします。\n株式会社アドリンク 営業部の村井です。先月、三好の後任として入社しました。\n三好から、石田様は地元の飲食店オーナーの方々と広くつながっていると聞きました。\nつきましては、販促のご相談ができそうなお店を5、6軒ほどご紹介いただけないでしょうか。", "email"),
    # know-how about quoting asked (見積りで重視される点なども教えていただけると) is no quote requested
    ("はじめまして。株式会社オカダ建材で営業をしている岡田です。\n来期から首都圏の大型案件に参入したいと考えており、購買のご担当者様を何名かご紹介いただけないでしょうか。\nまた、協力会社として登録されるための条件や、見積りで重視される点なども教えていただけると大変助かります。", "linkedin"),
    # an answer to the reader's own approach (ご連絡ありがとうございます) earns a talk, not referrals in return
    ("ご連絡ありがとうございます。\nご紹介いただいた求人は希望と合わないのですが、御社がお付き合いのある外資系コンサルの方を何人か紹介してもらえませんか。", "linkedin"),
    # a contract sent to be checked for free (PDFを添付しますので、問題がないか見ていただけないか)
    ("山口先生\n\nはじめまして。個人でネイルサロンを経営している中野と申します。\n先生のブログを読んで、店舗の賃貸借契約に詳しい方だと知りました。\n来月更新の契約書に、原状回復の範囲が広すぎる気がする条項があります。\nPDFを添付しますので、問題がないか見ていただけないでしょうか。", "email"),
    # an insurance seller's meeting request stays an ask, however researched (生命保険の営業をしている)
    ("はじめまして！共通の友人の佐藤さんの投稿から来ました、生命保険の営業をしている谷口です。\nお子さんが生まれたばかりと拝見して、ご連絡しました。\n一度、30分だけでいいのでお時間をいただけないでしょうか。", "facebook"),
    # the sender's product introduced to the CTO (ツールを、ぜひ御社のCTOにご紹介したい) is a pitch, not a gift
    ("株式会社ハーモニクス\n開発部 岩田様\n\n突然のご連絡失礼いたします。クロスエッジの松本と申します。\n岩田様のXでの投稿を拝見し、御社が社内の開発基盤を刷新されていると知りました。\n弊社の統合監視ツールを、ぜひ御社のCTOにご紹介したいと考えております。\n大変恐縮ですが、CTOの方におつなぎいただけないでしょうか。", "email"),
]

ONE_SIDED_VALID = [
    # a reunion (こないだの…ぶり); the job as the subject of a talk (仕事のことで相談); a reply (ご丁寧なご連絡、ありがとう);
    # a meeting already set (来週火曜の打ち合わせ、場所は…); a team notice (Hello everyone)
    ("こないだの異業種交流会ぶりです！ところで、御社の採用イベントの件、また詳しく教えてください！", "facebook"),
    ("この前の同窓会ぶりです、覚えてますか？今の仕事のことでちょっと相談したいことがあって。", "facebook"),
    ("Dear Michael,\n\nご丁寧なご連絡、ありがとうございます。今は離れるタイミングではないと考えています。来年以降であれば、その際はぜひまたお話しさせてください。", "email"),
    ("Hi Olivia,\n\n来週火曜の打ち合わせ、場所は丸の内のカフェでいかがでしょうか。", "email"),
    ("Hello everyone、Product teamの吉川です。来月からsprintを2週間にします。何か懸念があれば、今週中にこのthreadで教えてください。", "generic"),
    # samples brought; a question about their own public call; a notice to a whole workspace; their news spread in return
    ("はじめまして！お店のInstagram、いつも見ています。週末だけ焼き菓子を作っています。お店に置いてもらえないか、一度サンプルを持ってご挨拶に伺えたら嬉しいです。", "facebook"),
    ("件名：入札公告（第118号）に関する質問\n\n技術管理課 御中\n\n株式会社アオバ測量の大橋と申します。特記仕様書の納品形式について、LandXML形式での納品も認められるかご教示ください。", "email"),
    ("@channel モデレーターの岡田です。DMでの勧誘は禁止です。受け取った方は、スクショを添えて #mod-report に投稿してもらえると助かります。", "generic"),
    ("加藤さん、ご無沙汰しています。去年のミートアップで一緒に運営していた坂本です。加藤さんの会社で採用を担当されている方がいれば、ご紹介いただけないでしょうか。"
     "代わりと言ってはなんですが、加藤さんのところのイベント告知は、うちのSlackでいつでも流します。", "linkedin"),
    # not a first contact: a chase (これで三度目), a question about what was sent, a follow-up on an errand;
    # a meeting wished for somewhere, someday
    ("田中様\n\nご連絡するのはこれで三度目です。メールは届いていますでしょうか。15分だけで構いませんので、お時間をいただけませんか。", "email"),
    ("藤井さん\nデータ見ていただけましたか。正直、3日目の離脱率はうちも想定外でした。電話フォローを試す価値はあると思います。来週少しお時間いただけますか。",
     "linkedin"),
    ("佐々木さん、先日の求人の件、その後いかがでしょうか。こちらからのご連絡はあと一度だけにしますね。", "linkedin"),
    ("こちらからのご連絡はこれで最後にします。どこかのイベントでお会いできたら、ぜひご挨拶させてください。", "email"),
    # their work told plainly (大野さんが書いていた); consulting about the request just made (〜できないか、ご相談したい)
    ("はじめまして、地域のPM勉強会を運営している佐藤です。大野さんが書いていたSQL入門、勉強会で使わせてもらっています。"
     "次回の勉強会で登壇をお願いできないか、ご相談したいです。", "linkedin"),
    # registration through a form, to whoever wishes; a quote asked for (the sender pays); a position offered
    ("【親子そば打ち体験 参加者募集】今年も7月の週末に開催します。参加ご希望の方は6月30日までに、下のフォームからお申し込みください。", "facebook"),
    ("はじめまして。長崎で和菓子店を営んでいる森です。今回ご相談したいのは、来春の通販開始に向けて商品写真を30点ほど撮影していただけないかということです。"
     "お見積りをいただければ幸いです。", "email"),
    ("はじめまして。株式会社ミズナラでCTOをしている堀です。現在SREを募集しており、一度カジュアルにお話しできればと思っています。", "linkedin"),
    # told not to worry (ないでください) claims nothing; a wish only if they have one; a buyer; what the sender knows, offered
    ("高田さん\nお母様のご入院を知りました。来週予定していた打ち合わせの件は、どうかお気になさらないでください。落ち着かれてからで十分です。", "facebook"),
    ("小林さん、来週の試飲会の会場が決まりました。苦手なお酒があれば、事前に教えてください。", "facebook"),
    ("突然すみません、開業したばかりの小さな店ですが、もしよければ仕入れのお話を聞かせてもらえたら嬉しいです。", "x"),
    ("突然のDM失礼します。伊藤さんのスペースでのお話、録音で聞き直しました。現場の教員の実態なら、かなり具体的にお伝えできると思います。"
     "一度オンラインでお話しできませんか。", "x"),
    # お子さま連れの方もぜひご検討ください: whoever may come, not a purchase
    ("各位\n\n今年の交流会は土曜の午後に開きます。託児スペースも設けますので、お子さま連れの方もぜひご検討ください。", "email"),
    # an answer to their hiring post; their post quoted and agreed with; a preference asked; whether to ask, not an ask
    ("@kimura_hr 募集ポスト拝見しました。Goでの決済基盤の開発を4年やってきました。カジュアル面談の枠があればぜひお話ししたいです。", "x"),
    ("はじめまして。先日のポストの「要件は捨てる順に並べる」という話、本当にその通りだと思いました。ぜひ一度お話しできたら嬉しいです。", "x"),
    ("来週の打ち合わせ、メッセンジャーでもメールでも合わせます。やりやすい方を教えてください。", "facebook"),
    ("岡田さん\n\nご無沙汰しています。前の職場で一緒に基幹システムの移行をやっていた上野です。チームの雰囲気を少し伺えないでしょうか。"
     "紹介をお願いするかどうかは、お話を聞いてから決めさせてください。", "linkedin"),
    # an honorarium (謝金) offered; the sender's data offered for the reader's own talks
    ("はじめまして、市立図書館で企画を担当している原です。地域の読書会の運営について、職員向けに1時間ほどお話しいただけないでしょうか。謝金もご用意しております。", "email"),
    ("はじめまして。決済サービスの営業をしている森です。佐々木さんが商店街のイベントで話されていた共通ポイントの事例を参考にしています。"
     "事務局の方をご紹介いただけないでしょうか。こちらの導入前後のデータは、佐々木さんのご発表に自由に使っていただいて構いません。", "generic"),
    # a partnership proposed is business for both; a collaboration brought to a creator
    ("件名：業務提携のご相談\n\n中村様\n\nはじめまして、株式会社ミドリ物流の代表の井上です。弊社の配送網と御社の冷凍技術を組み合わせれば、産地直送の幅が広がると考えております。"
     "一度、お話を伺えれば幸いです。", "email"),
    ("はじめまして。先日のスペースでのお話、とても参考になりました。うちのアウトドアブランドとのコラボ案件をご相談したいです。", "x"),
    # a trade offered; a wish for the next shared occasion; friends who have talked before
    ("45歳で物流の現場管理を20年やってきました。倉庫システムの開発に携わっている方、もしよければ現場の話と引き換えに、業界の話を聞かせてもらえませんか。",
     "generic"),
    ("先週のミートアップ、社長もいらしていたんですね。ご挨拶できずすみません。次回はぜひお話ししたいです。", "facebook"),
    ("おめでとうございます！ついに独立ですね。前から言ってたもんな、自分の会社作るって。落ち着いたら話を聞かせてほしい。", "facebook"),
    # paid work brought to the reader; the sender reviews their product; thanks for their answer
    ("はじめまして！昨日のレシピ動画、早速作りました。うちの調味料ブランドでレシピ協力をお願いできる方を探していて、興味があれば話を聞いてもらえると嬉しいです。",
     "x"),
    ("はじめまして。ボードゲームのレビューをしている者です。御社の新作、ぜひレビューさせてください。", "generic"),
    ("コラボ動画の件、ありがとうございます！詳しいことは電話で話したいです。", "generic"),
    # a salary talked of at the interview; the speaker's company promoted to the audience; a yes or no to
    # confirm; whoever reads the post; tomorrow's meeting
    ("面接でお話しした年収の希望額についてですが、700万円前後をご検討いただけますと大変ありがたく存じます。", "generic"),
    ("村田様\n\n先日の登壇資料、拝見しました。12月の勉強会でお話を伺えないか、ご相談させてください。"
     "もちろん村田様の会社の採用情報も参加者にご案内します。", "linkedin"),
    ("研究助成について確認させてください。代表者のみが対象という理解でよろしいでしょうか。ご多用のところ恐れ入りますが、"
     "ご教示いただけますと幸いです。", "email"),
    ("来週からは大阪出張です。向こうで会える方がいたら声をかけてください。", "x"),
    ("資料拝見しました。1点だけ、研修の回数について明日の会議で相談させてください。", "generic"),
    # an introduction under way, a connection just accepted, a favour done last month, a distributor's offer;
    # a head count, a schedule (移動時間, 時間帯), a correction asked for only if needed
    ("Hi Daniel,\n\nご紹介いただいた件、ぜひ一度お話しできればと思っています。連絡手段はメール、Zoom、Teamsのどれでも対応できます。", "email"),
    ("Patelさん、ご承認ありがとうございます。オフショア開発の件、詳しくお話ししたいです。", "linkedin"),
    ("菊地さん\n先月は北海道展に出店していただき、本当に助かりました。来年の出店条件について、近いうちにお電話で相談させてください。", "facebook"),
    ("先日の展示会で、貴社の小型旋盤の精度に感銘を受けました。弊社の欧州代理店網で取り扱いの可能性がないか、一度ご相談できれば幸いです。", "email"),
    ("Emmaさん\n\n10月の交流イベントの件です。会場の席数を確定したいので、参加可否を10/5頃までに教えていただけると助かります。", "email"),
    ("Carlosさん、打ち合わせの候補日です。どちらも難しければ、別の時間帯を出していただければ合わせます。", "linkedin"),
    ("Pedroさん、現地の方々との面談をできるだけ多く入れたいので、移動時間も含めて調整できるようにしていただけると助かります。", "generic"),
    ("在職証明書を添付しました。内容にお気付きの点があれば、お手数ですがご指摘ください。", "email"),
    # registration for the sender's free event; what a sponsor gets; the writing done for them; more on what
    # they said; last night's party
    ("渡辺さん、RPA勉強会を開催します。参加費無料、事前申込はconnpassからお願いします。", "generic"),
    ("突然のご連絡失礼いたします。商店街の夏まつりの協賛についてご相談できればと思いご連絡しました。"
     "協賛いただいた場合は、会場パネルと公式サイトに御社のロゴを掲載いたします。", "email"),
    ("記念誌に当時の思い出を一ページほどお寄せいただけないでしょうか。お電話でお話しいただければ、こちらで文章にまとめます。", "email"),
    ("@morita_ml もう少し詳しく伺いたいので、DMかメールでやり取りさせてもらえませんか？", "x"),
    ("松田さん\n昨日の懇親会、最後まで残ったのは僕らだけでしたね。ところでデータ基盤の件、また相談させてください！", "linkedin"),
    # the sender buys (豆も購入させてください) or plans work for them (改装を予定); a referral offered back;
    # last night's dinner; a bare ご検討のほど closing a pitch names nothing to buy (form-letter judges the pitch)
    ("突然のご連絡失礼いたします。来春コーヒースタンドを開く小山と申します。業務用の卸の条件をうかがえますでしょうか。"
     "試飲にうかがう際は、もちろん豆も購入させてください。", "email"),
    ("はじめまして、ヘアサロンを営む飯田と申します。私の店も来年の春に改装を予定しており、ぜひ一度設計のご相談をさせていただきたく存じます。", "email"),
    ("ご無沙汰しています。前職で一緒だった市川です。小山さんのチームの採用担当の方をご紹介いただけないでしょうか。"
     "逆に、うちでもSREを採用しているので、気になる方がいればいつでもおつなぎします。", "email"),
    ("中島様\n昨晩は大変お世話になりました。宴席で伺った御社の海外展開のお話、改めて詳しく伺えればと思っております。", "linkedin"),
    ("ご担当者様\n\n突然のご連絡失礼いたします。当工房では国産ヒノキの木製雑貨を製作しております。商品カタログを添付いたしますので、"
     "ぜひご検討ください。\n\n木工房ひのき舎", "email"),
    # interest in their work earns a conversation: a request for time (tip 5), or to consider what is proposed
    ("はじめまして。田中様の「チーム開発とレビュー文化」の記事を拝読し、大変共感しました。30分ほどお話を伺えないでしょうか。", "linkedin"),
    ("伊東さん、先日のウェビナーでおっしゃっていた「建築は運用で完成する」という言葉が頭に残っています。維持管理のお話をもっと伺いたく、申請しました。", "linkedin-note"),
    ("森田先生\n\n先月、先生の研究室で公開された評価ベンチマークの論文を拝読いたしました。実務者向けの解説書でご紹介できないかと考えております。\n"
     "30分ほど、オンラインでお話を伺う機会をいただけませんでしょうか。ご検討いただけますと幸いです。", "email"),
    # balanced by an offer
    ("はじめまして。SREの経験が8年あります。御社の採用担当の方をご紹介いただけませんか。代わりに、障害対応の振り返りテンプレートを共有できます。", "linkedin"),
    ("はじめまして。弊社の導入事例集を無料でお送りできます。ご興味があれば、15分ほどお時間をいただけますか。", "email"),
    ("はじめまして。来月の勉強会でご登壇いただけないでしょうか。謝礼と交通費をご用意しております。", "email"),
    # an existing relationship, a warm introduction, an alumni tie
    ("先日はお時間をいただきありがとうございました。お話に出ていたデザイナーの方を、よろしければご紹介いただけますか。", "linkedin"),
    ("はじめまして。株式会社ノースの木村さんからご紹介いただき、ご連絡しました。御社のデータ基盤についてご相談させていただけないでしょうか。", "email"),
    ("はじめまして。北大工学部の後輩にあたる伊藤と申します。OB訪問として30分ほどお話を伺えないでしょうか。", "email"),
    # small asks
    ("はじめまして。同じ大学出身と知り、申請しました。承認していただけると嬉しいです。", "linkedin-note"),
    ("山田様\n先日ご依頼いただいた見積書をお送りします。ご確認ください。", "email"),
    ("資料をご覧いただき、ご不明点があればご連絡ください。", "email"),
    ("はじめまして。つながり申請させていただきました。よろしくお願いします。", "linkedin-note"),
    # a recruiter offering the reader a job
    ("はじめまして。株式会社ミライテックの採用担当です。田中さんのご経験を活かせるバックエンドのポジションがございます。まずは30分ほどカジュアル面談でお話しできませんか。", "linkedin"),
    ("佐藤様\n弊社でテックリードを募集しております。ぜひ一緒に働きませんか。", "linkedin"),
    # mutual exchange, pure offer, thanks
    ("はじめまして。同じくRustでゲームを作っている者です。お互いの知見を情報交換できればうれしいです。", "x"),
    ("はじめまして。御社のOSSにバグ修正のPRを送りました。何かお手伝いできることがあれば、お気軽にお声がけください。", "linkedin"),
    ("ご紹介いただき、ありがとうございました。", "generic"),
    # a buyer asking a vendor, and a public post with no addressee
    ("はじめまして。御社の製品を導入したいと考えております。お見積もりをいただけますか。", "email"),
    ("新しいオフィスに引っ越しました。お近くの皆さん、ぜひお茶しに来てください。", "x"),
    ("はじめまして。御社のサービスの導入を社内で検討しており、料金プランについて詳しく伺えますでしょうか。", "email"),
    ("Hi 山田さん、先日のmeetupで隣の席だった者です。話していたCI高速化の件、私の検証結果を共有しますね。もしよければ来週またお話ししませんか。", "facebook"),
    # something given in return, or for the reader's own use; a recruiter bringing a better-paid job
    ("久保さん、写真展おつかれさまでした！\n客室写真の撮り方でずっと悩んでいました。自然光の使い方、今度ぜひ教えてください。\n"
     "代わりに、うちのホテルのラウンジを撮影場所として使える日があるので、ご希望なら調整しますね。", "facebook"),
    ("突然のご連絡失礼いたします。管理栄養士の今井と申します。\n新商品について栄養士仲間10名に試食してもらい、感想をまとめました。\n"
     "改善のヒントになればと思い、添付いたします。\n今後、栄養面の監修が必要な際は、お声がけいただけると嬉しいです。", "email"),
    ("原口さん\n\nはじめまして。エージェントの村井です。\nECサイトのリプレイスのご経験は、今回のポジションにぴったりだと感じています。\n"
     "年収は現状から100万円以上のアップが見込めます。\nぜひ一度お話しさせてください。", "linkedin"),
    # the reader is already considering something of ours: an exchange under way
    ("高野さん、ランニングイベントのスポンサーの件、ご検討ありがとうございます！詳しいお話を一度させていただけないでしょうか。", "facebook"),
    # a shared occasion told in the past is an existing relationship; できて嬉しかった is no ask
    ("先日のマーケ交流会で隣の席だった佐藤です！話していたウェビナー集客の件、また相談させてください。", "linkedin-note"),
    ("はじめまして！先週のPM Dayで評価制度について質問した坂井です。登壇後に少しお話しできて嬉しかったです。", "linkedin-note"),
    ("先日の商談では、物流倉庫のピッキング動線と出荷検品の手順について詳しく教えていただきありがとうございました。\n"
     "ご要望の3案の比較表を添付しております。\nご検討のほど、よろしくお願いいたします。", "email"),
    # questions, conditions and set phrases are not claims on the reader
    ("平田です。御社の物流センター長候補の求人を拝見し、ご連絡いたしました。前職では2拠点のセンター長を7年務めました。履歴書を添付いたします。ご検討いただけますと幸いです。", "email"),  # an answer to their posting
    ("木村様\nエグゼクティブサーチの川村です。欧州の新拠点の責任者候補について、ご関心の有無だけでも伺えれば幸いです。", "linkedin"),
    ("はじめまして。法人営業を担当している山田です。先日のカンファレンスで佐藤様が登壇された分業のお話、大変参考になりました。現場のお話をもう少し伺えれば幸いです。", "linkedin"),  # a peer, not a sale
    ("小野様\n小野様がカンファレンスで登壇された資料に感銘を受けました。ぜひ一度カジュアルにお話ししたいです。ご興味があれば、ご都合のよい日時を教えていただけますと幸いです。", "email"),
    ("はじめまして。貴社の夏季インターンについて、留学生の受け入れがあるか伺いたく、ご連絡しました。", "email"),
    ("野村様\n野村様がカンファレンスで紹介されていたテスト自動化の導入手順について、一点だけ伺いたいことがございます。"
     "最初に自動化する画面は、どのように選ばれたのでしょうか。", "email"),
    ("宮本様\n来週の視察のご案内を担当する坂田です。事前資料を添付しましたので、お時間のあるときにご覧ください。", "linkedin"),
    ("拝啓　先生のご著書を授業の指針としております。今後ともご指導賜りますよう、謹んでお願い申し上げます。敬具", "email"),
    ("はじめまして！新作のパズルゲーム、とても楽しく遊びました。自分も個人で作っているので、いつか開発者同士でお話しできたら嬉しいです。", "x"),
    ("同じ領域で仕事をする者として、ご縁をいただければ幸いです。", "linkedin-note"),
    ("@ai_kobayashi はじめまして。小林さんの同人誌『ゼロから作るベクトル検索』を読みました。社内勉強会で教材に使いたいので、引用の範囲や条件についてご相談できないでしょうか。", "x"),
    # met before, or something given
    ("はじめまして！JSConfの会場でステッカー交換した者です。あのとき話していたプラグイン、公開したのでフィードバックいただけたら嬉しいです。", "x"),
    ("大西さん、はじめまして。先日のRubyKaigiでのYJITの発表がとても勉強になりました。来月、社内勉強会で同じテーマを話すので、"
     "その資料をお送りできればと思います。大西さんのご意見もいただけたら心強いです。", "linkedin"),  # material shared, not reviewed
    ("森さん、こんにちは。地元の勉強会でお話しした石井です。よろしければ、御社の採用担当の方をご紹介いただけますか。", "linkedin"),
    ("はじめまして。大学院で検索を研究しています。将来は検索の領域でエンジニアとして働きたいと考えており、30分ほどお話を伺えないでしょうか。"
     "御社の検索基盤の記事を拝読し、二重書き込みの設計に感銘を受けました。", "email"),  # a career goal, not a job asked for
    ("はじめまして。貴社の物流DXの事例を拝見しました。私たちの側からは、導入初期につまずいた点を具体的にお話しできます。"
     "もしよろしければ、倉庫管理のご担当の方をご紹介いただけないでしょうか。", "email"),
    ("桑原さん、はじめまして。釣り具メーカーの菅野です。新しいルアーについて、経験豊富な方のご意見をぜひ伺いたくご連絡しました。もちろん製品はお送りします。", "facebook"),
    ("桜井さん\nGitHubのスキーマ設計ガイドを拝見しました。弊社はまさにそういう知見を持つ人材を探しています。バックエンドリードのポジションで、一度お話しできませんか。", "linkedin"),
    ("はじめまして。御社のブログでBigQueryのコストが倍増したという記事を拝見しました。削減事例の資料をお送りできますので、ご興味があれば教えてください。", "linkedin"),
    # 〜さんの事例を紹介していただけたら: a talk at the sender's event (time), earned by interest
    ("高橋さん\n先週の投稿にあった冷凍倉庫の温度管理の記録、興味深く読みました。来月の勉強会で、高橋さんの事例を10分ほど"
     "紹介していただけたら嬉しいです。聞くだけの参加も歓迎です。", "facebook"),
    # they were at the same party; a talk taken in with pleasure; a project they were in charge of
    ("菊地様\n先日の勉強会の懇親会では途中で失礼しました。決済APIのお話、まだ聞き足りないのでぜひまたお願いします。", "linkedin-note"),
    ("@tanaka_snd 先日のCEDECでのサウンド実装のお話、楽しく聞きました。FMODの運用、今度もう少し詳しく伺えたら嬉しいです。", "x"),
    ("高橋様\n\n高橋様が担当された木造オフィス「杜のオフィス」の事例を知りました。CLTを採用した判断について、"
     "30分ほどお話を伺えないでしょうか。", "email"),
    # an answer to a call the reader posted
    ("太田様\n\nはじめまして。デザイナーの小野寺と申します。クラウドソーシングサイトで募集されていた、新店舗のロゴの件でご連絡いたしました。"
     "お見積りはラフ案3点で5万5千円です。ご検討のほど、よろしくお願いいたします。", "email"),
    # slang praise of their talk (刺さりました) is interest; a buyer and a client offer business
    ("@kenta_dev 昨日のRust LT、マジで刺さりました！今度ちょっとお話しできたら嬉しいです🙏", "x"),
    ("はじめまして、大阪で焙煎所をやっている岡田です。うちでも豆を仕入れたいと考えています。一度お店に伺ってもよろしいでしょうか。", "facebook"),
    ("@mika_photo 個展の写真、拝見しました！うちの店の春メニューの撮影をお願いできないか、一度ご相談させてください。", "x"),
    ("@kusaki 草木染めのワークショップ、今月も満席おめでとうございます！うちの雑貨店でも作品を置かせてもらえないか、一度ご相談させてください。", "x"),
    # they met (お会いした, the reader came to the sender's event, an interview); a chase is no first contact
    ("@aoi_design 朝会でお会いした田村です。あおいさんのパッケージの話もまた聞きたいです！", "x"),
    ("先日のイベントに小松さんがお越しになられた際、伺った話がとても参考になりました。来月の勉強会でもぜひご意見をお聞かせください。", "linkedin-note"),
    ("採用ご担当 木村様\n5月28日に最終面接を受けました、森下です。他社の選考の兼ね合いもあり、おおよその目安だけでも教えていただけますと助かります。", "email"),
    ("先日から何度かメールをお送りしておりますが、まだお返事をいただけていないようです。カジュアル面談の件、ご検討状況だけでもお知らせください。", "email"),
    ("健太、前に頼んだ会社の紹介の件、どうなってるか教えてほしい。", "facebook"),
    # a recruiter bringing positions; a casual offer in return; a closing formula split by UniDic (今後 と も)
    ("はじめまして。採用コンサルタントです。非公開求人を多数お預かりしております。まずはお気軽にカジュアル面談にお申し込みください。", "linkedin"),
    ("久しぶり！高校で同じクラスだった石田だよ。社員紹介の制度があれば、紹介してもらえないかな。"
     "その代わりに、メーカー側から見た検査の実態とか、役立ちそうな話ならいくらでもするよ。", "linkedin"),
    ("このたび株式会社コトノハにて勤務することとなりました。今後とも変わらぬご指導を賜りますよう、お願い申し上げます。", "facebook"),
    ("河野様\n河野様がこれまで培われてきたメディカルアフェアーズのご経験は、私が支援しているバイオベンチャーに必要とされていると考えております。"
     "ご関心があれば、一度お話しできれば幸いです。", "linkedin"),
    # a pull request already sent; a new member of the sender's community; a customer; how to apply
    ("はじめまして。tz-convertを業務で使わせてもらっている前田です。issue #1243 の問題を修正し、PR #1287 を出しました。"
     "お手すきの際にレビューしていただけると助かります。修正が必要な点があれば、こちらで対応します。", "email"),
    ("今井さん、「Unity Dev Kyushu」へのご参加ありがとうございます！作品共有会では、部員の皆さんの作品もぜひ紹介してください。", "facebook"),
    ("石原さん\nいつもTestPilotをご利用いただきありがとうございます。実行時間を短縮された取り組みについて、導入事例のインタビューをご相談したいのですが、"
     "いかがでしょうか。", "linkedin"),
    ("大川さん、はじめまして。駅前で古本屋を営む平田です。大川さんが企画されている「一箱古本市」の投稿を読み、ぜひ出店したいと思いました。"
     "申込みの方法を教えていただけますか。", "facebook"),
    ("@cafe_hinata 土曜朝のランニング会のあと、いつもお店に寄らせてもらってます。今度、参加者向けのモーニングセットの相談をさせてください。", "x"),
    # a chase of the sender's own mail is pushy-follow-up's to judge; the reader explained something at a fair
    ("件名：【三度目のご連絡】取材のお願い\n\n1月から二度メールをお送りしていますが、まだお返事をいただけていません。"
     "当店の新作について、取材をお願いしたいとお伝えしてきました。", "email"),
    ("地域振興課 小山様\n先日の移住フェアで小山様がご説明くださった空き家バンクについて、民宿の別棟として活用できる物件があるか伺いたく存じます。", "email"),
    # the Subject names the errand, the body asks only for a greeting; requests welcomed, not made
    ("件名：ご相談のお願い\n\n岡田先生\n\n先生の事業承継税制に関するご著書を繰り返し拝読してまいりました。"
     "来月の研究会でご講演なさると伺いましたので、当日ご挨拶だけでもできれば光栄です。", "email"),
    ("元 県立中央病院 院長\n\n現在は、地域の中小病院を対象に、経営改善の助言を行っております。講演や執筆のご依頼は、研究会事務局までお寄せください。", "generic"),
    # a reply in an exchange; support offered; a recruiter with a position; one question
    ("件名：Re: 意見書の修正について\n\n三好先生\n\nご修正いただいた意見書、確かに拝受しました。来週の期日前に、改めてお電話でご相談させていただければと存じます。", "email"),
    ("木下様\n{{company}}が進めておられる海外子会社のガバナンス強化について、元監査役の立場からご支援できることがあると考えております。"
     "ご関心があれば、一度お話しできれば幸いです。", "linkedin"),
    ("＜会社名＞で採用を担当している山田です。Qiitaの「Terraformのモジュール分割」の記事を拝見し、インフラチームのポジションについてお話ししたくご連絡しました。", "linkedin-note"),
    ("石井先生\n先生の論文「高齢者向けUIの認知負荷評価」を拝読しました。評価尺度の選び方について一点ご教示いただけないでしょうか。", "email"),
    # a connection accepted; a meeting agreed; consultation offered; a regular meeting; an introduction; a club tie
    ("石井さん、つながってくださりありがとうございます。採用広報の件、ぜひ詳しくお話ししたいです。今後のご連絡は、LINEとメール、どちらがよろしいですか。", "linkedin"),
    ("川口様\n\n明日10時のお打ち合わせ、よろしくお願いいたします。会場は弊社3階の会議室です。", "email"),
    ("フリーランスの編集者です。得意分野は料理と子育てです。お仕事のご相談はサイトのフォームからお願いします。", "generic"),
    ("中小企業の事業承継を支援するコンサルタントとして独立しました。お気軽にご相談ください。", "generic"),
    ("石田様\n\nお送りいただいた企画書、拝見しました。細部は来週の定例で相談させてください。", "email"),
    ("島田様\n\nはじめまして、インフラエンジニアの小山です。御社SREチームの野田さんから、島田様をご紹介いただきました。"
     "採用マネージャーの方におつなぎいただけないでしょうか。", "linkedin"),
    ("高田様\n早稲田大学ラグビー部で3学年下だった今野です。同じキャリアを考えている立場として、20分ほどお話を伺えないでしょうか。", "linkedin-note"),
    # an alumni tie still earns a conversation
    ("三浦先輩、ご無沙汰しています。テニス部で2学年下だった橋本です。就職活動の参考に、20分ほどお話を伺えないでしょうか。", "facebook"),
    # the time asked for is a slot in a meeting already agreed (明日15時のお打ち合わせ), the dates are a trivial object
    ("佐藤様\n明日15時のお打ち合わせですが、急な来客のため別の日にしていただけないでしょうか。来週のご都合のよい枠を教えていただければ調整します。",
     "email"),
    ("人事部 原様\n\n6月5日の二次面接の日程を変更していただけないでしょうか。ご検討のほどよろしくお願い申し上げます。", "email"),
    ("ゆみさん、先週話してた共同出展の件、来週どこかで15分だけ相談できるとうれしいです。", "facebook"),
    # questions: yes or no, or announced as one
    ("はじめまして。夏のインターンを志望している学生です。選考に適性検査があるかどうか教えていただけますか。", "linkedin"),
    ("お忙しいところ失礼します。求人票について一点質問があります。\n勤務地は東京本社のみでしょうか。\nお手すきの際にご教示いただければ幸いです。",
     "email"),
    # an application to their hiring round
    ("はじめまして。貴社の2027年度新卒採用（設計職）に応募いたしたく、履歴書を添付いたしました。ご査収のほど、よろしくお願い申し上げます。", "email"),
    # something given back: a referral fee, work passed on, a meeting set up, material prepared for them
    ("久しぶり！前の職場で一緒だった田中だよ。今うちで経理を探してて、知り合いにいい人がいたら紹介してほしい。紹介料もちゃんと出るよ。", "facebook"),
    ("久しぶり、前の事務所で一緒だった森です。独立して店舗設計をやってます。一緒にできる仕事がないか話せないかな。こっちの案件も回せると思う。",
     "facebook"),
    ("ご無沙汰しています。前職の上田です。もしまだ関心があれば、うちのCTOとお話しする場を作れます。"
     "そのうえで、周りに転職を考えているエンジニアの方がいればご紹介いただけるとありがたいです。", "email"),
    # a paid commission (原稿料), the sender's own free offer (無料でお貸しできます), a job under way (この前の案件)
    ("千葉様\nはじめまして。出版社の編集部の岡田です。秋刊行の小説の装画をお願いできないかと考えております。原稿料は22万円（税別）です。"
     "ご検討のほど、よろしくお願いいたします。", "email"),
    ("はじめまして。弊社のセミナールームを無料でお貸しできますので、よければご検討ください。", "email"),
    ("@sora_edit さん、この前の案件の件でちょっと相談したいんですけど、来週少し話せますか？", "x"),
    # ties: past work together, a chase under way (pushy-follow-up judges it), their support
    ("小林さん、ご結婚おめでとうございます！前のプロジェクトでは本当にお世話になりました。落ち着いたらまたランチでもご一緒させてください。", "linkedin"),
    ("川村様\n再三のご連絡となり恐縮ですが、先月からお送りしているメッセージはご覧いただけていますでしょうか。一度お時間をいただけないかと思い、ご連絡しました。",
     "linkedin"),
    ("古本チャリティへのご協力ありがとうございます。寄付いただける本は、事務局あてにお送りください。", "email"),
    # 検討 of the reader's own project is not the ask
    ("先週の出張のついでに、現地のコワーキングスペースを見学してきました。写真と料金表をまとめたので、来期の拠点検討の参考にしてください。", "generic"),
    # what sponsors get in return balances a sponsorship request
    ("はじめまして！大学の登山部です。御社の軽量テントを部員全員が愛用しています。来夏の縦走で機材協賛をご検討いただけないでしょうか。"
     "使用レポートとSNSでの発信をお約束します。", "x"),
    ("はじめまして。来年3月のハッカソンへの協賛をご検討いただけないかと思い、ご連絡しました。協賛企業様には会場でのロゴ掲出とブース出展枠をご用意しています。",
     "email"),
    # a choice question; a free trial offered; terms of 業務委託 or 詳細; their talk loved; a reply subject;
    # a joint project proposed; business terms asked about; an earlier meeting
    ("はじめまして、ラボルトで採用をしている三宅です。昨日のポスト、参考になりました。一度お話ししたいのですが、このままDMでよいか、メールの方がよいか教えてください。", "x"),
    ("採用管理システム「ハイアボード」のご案内です。無料トライアルもございますので、ぜひご検討ください。", "email"),
    ("はじめまして。弊社の支援先にHelmの品質管理に悩むチームがあります。業務委託での技術支援からでもご相談できればと思います。", "email"),
    ("@hanaya_tsubomi さんのスワッグを店に飾ったら好評です。来月のポップアップで一緒に並べられたら嬉しいです。詳細はDMでご相談させてください。", "x"),
    ("大塚さん、この前のスタートアップピッチ、マジで最高でした！今度ゆっくり話聞かせてください。", "facebook"),
    ("件名：Re: メンタリング資料の件\n\n安藤さん\n\n来週のメンタリングでは、その章をもとに私の状況を相談したいと思います。", "email"),
    ("はじめまして、古着屋の川村です。ウィンドウのリメイクシャツが気になりました。一緒に何か企画できないかと思っています。一度お話しさせてください。", "generic"),
    ("はじめまして。ベーカリーの三好です。御社の全粒粉を使いたく、業務用25kg袋での取引条件を教えていただけますか。", "email"),
    ("工藤さん\n先月の面談から少し経ったので、様子を伺いたくご連絡しました。", "email"),
    ("田島様が地元紙で語っておられた温度管理の取り組みを、ぜひ参加者の皆様にもご紹介いただきたく存じます。", "facebook"),
    ("はじめまして。卒業制作の冊子で、お店の棚づくりについてお話を伺えないかと思いご連絡しました。完成した冊子はお店にもお届けいたします。", "email"),
    # ties said casually (おつかれっした, 話の続き); a brand's PR deal is terms; the sender's own plan is no
    # business for the reader but a yes-or-no question (掲載してよいか) is no advice either
    ("@ueno_podcast 上野さん昨日はおつかれっした！例のゲスト枠の件、また相談させてください。", "x"),
    ("取材の件はまた改めて連絡しますね。この前の話の続きも聞きたいです。", "facebook"),
    # an introduction of two contacts who both agreed; a regular meeting of the reader's group
    ("木下さん、村田さん\n\nお二人をつなぎたくてメッセージしました。お二人とも了承済みですので、あとは直接お話しいただければと思います。", "linkedin"),
    ("井上さん\n\n今月の定例会でお話しされていた支援の件、もう少し詳しく聞かせてもらえませんか。", "email"),
    ("@mio_cosme はじめまして、コスメブランドの広報担当です。先週のリップ比較の動画、わかりやすかったです。新作リップのPRについて、DMでご相談させてください。", "x"),
    ("はじめまして。御社が公開されているデータセットを使わせていただいています。論文でデータの一部を図として掲載してよいか、ライセンス上の扱いを教えていただけますでしょうか。",
     "generic"),
    # a recruiter's conversation is about a job for the reader
    ("ご無沙汰しています、ゼミで二年下だった宮下です。医療向けのセンサーに詳しい方をご紹介いただけないでしょうか。こちらの評価データもお渡しできます。",
     "linkedin-note"),
    ("Helm chartのテンプレートの件、#482 の変更で壊れているようです。お時間あるときに見ていただけると助かります。修正PRも出せます。", "generic"),
    ("はじめまして。`terraform-provider-x` の不具合の修正パッチを用意しています。PRを出す前に、方針について15分ほどご相談できないでしょうか。",
     "linkedin"),
    ("【3/14 勉強会 会場のご案内】\n参加登録いただいた皆さん、ありがとうございます。\nLT枠はまだ2つ空いているので、話したい方はこのスレッドで気軽に声をかけてください。",
     "generic"),  # the readers' wish, not the sender's
    ("昨年の展示会で御社のブースに伺い、社長から直接お話を伺いました。ある上場企業が御社との資本提携を検討しており、その件でご連絡いたしました。"
     "まずお話を伺えればと存じます。", "email"),
    ("はじめまして。貴社の純米吟醸が品評会で金賞を受けられたと伺いました。資本提携を含め、形にとらわれずご相談できればと存じます。", "email"),
    ("ご提案ありがとうございます。内容は理解しました。予算の都合で今期は見送りになりそうです。来期に改めて相談したいです。", "generic"),
    ("はじめまして、株式会社ミナト採用担当の井上です。弊社のバックエンド開発について、一度カジュアルにお話しさせてください。", "linkedin"),
    # 手伝えることがあれば言ってください offers
    ("はじめまして。来月からチームに加わる予定の新人です。事前に読んでおくべき資料があれば教えていただけますか。"
     "前職でCI周りを担当していたので、手伝えることがあれば言ってください。", "linkedin-note"),
    # a question put to a group, not a favour asked of one person
    ("はじめまして、薬剤師3年目の者です。皆さんは抗菌薬の相談を受けたとき、どんな資料を参考にしているか教えていただけないでしょうか。",
     "facebook"),
    ("はじめまして、今月から参加した者です。同じ機種を使っている方がいれば、設定のコツを教えてください。", "facebook"),
    # dealings under way: 度々, いつも…ご協力いただき
    ("度々すみません。追加でご相談したいことがあり、30分ほどお時間をいただけないでしょうか。", "email"),
    ("いつも弊学のインターンシップにご協力いただき、ありがとうございます。今年度も学生向けの説明会にご登壇いただけないでしょうか。", "email"),
    # お見せできます: material shared in return
    ("DM失礼します。同じく病院で情シスをしている者です。バックアップ運用のコツを伺えたら嬉しいです。うちの手順書もお見せできます。", "x"),
    # an account handed over (前任の者から), a meeting since (展示会ぶり): dealings under way
    ("はじめまして。株式会社さくら管理の森と申します。前任の者から引き継ぎ、来月より緑町マンションを担当いたします。"
     "近いうちに一度ご挨拶に伺えればと存じます。", "email"),
    ("斉藤さん、この前の展示会ぶりです！来月の商談の前に、一度お話しできませんか。", "linkedin"),
    # 卸の条件を伺えますか: a small question about terms
    ("はじめまして。ホテル向けの雑貨を扱っている大塚です。御社のバスソルトについて、卸の条件を伺えますでしょうか。", "email"),
    # material brought for the reader balances a request for a talk
    ("はじめまして。東雲アセットの北村です。物流施設の最新の稼働データをお持ちして、30分ほどお話を伺えればうれしいです。", "email"),
    # where an agreed meeting happens; a channel asked about past a parenthesis; not the first message
    ("来週の打ち合わせは弊社オフィスでお待ちしております。受付で私の名前をお伝えください。", "linkedin"),
    ("はじめまして。講師採用を担当している杉本です。ご都合のよい連絡方法（メール、電話、オンライン面談など）を教えていただけますか。",
     "linkedin-note"),
    ("何度もすみません。先週にもメッセージしたのですが、講座の件、どうするか教えてください。", "facebook"),
    ("来週の補習の時間ですが、16時からでお願いします。", "email"),
    ("体験授業ありがとうございました。週1回から始めるのがよいと思います。ご検討ください。", "generic"),
    # the sender would buy and resell; terms of a deal; a closing courtesy; leave to quote; a recruiter's offer
    ("はじめまして、部品商社の福田です。御社の樹脂ギアを取り扱いたく、代理店契約についてお話ししたいです。", "linkedin-note"),
    ("はじめまして。カフェをやっている丸山です。うちの店で週末だけパンを置かせてもらえませんか。売上の取り分などはご相談させてください。",
     "facebook"),
    ("はじめまして、弁護士の荒木です。先日の学会でのご報告、とても明快でした。今後もご教示いただければ幸いです。", "linkedin-note"),
    ("井上先生、ご出版おめでとうございます！ご投稿にあった「就業規則は会社の取扱説明書」というフレーズ、顧問先への説明で使わせてください。",
     "facebook"),
    ("こんにちは！ご経歴を拝見し、ぜひお話ししたいと思いご連絡しました。成長中の企業様で魅力的なポジションが多数ございます。", "linkedin"),
    # asked of the team it greets; an opinion only if they have one
    ("チームの皆さん\n\nハイフンなしの入力をどう扱うかを決めたいので、意見をください。", "email"),
    ("はじめまして。新しい研修プログラムの案を作りました。ご意見があれば教えてください。", "email"),
    # またご相談させてください: a talk to arrange (excused by the interest), not free advice
    ("はじめまして。先日の展示会で御社のロボットのデモを拝見しました。導入事例の件、またご相談させてください。", "linkedin-note"),
    # a follow-up they asked for; their talk received; a body both sit on
    ("村上さん、先月の展示会で「来月もう一度声をかけて」とおっしゃっていたので、改めてご連絡しました。デモの件でお時間をいただけますか。",
     "linkedin"),
    ("昨年の交歓会で市長がお話しくださった再開発の構想が話題になりました。本年も冒頭のご挨拶をご検討いただけますと幸いです。", "email"),
    ("本年度の事業計画案をお送りします。次回の理事会で、副会長のご意見を伺えれば幸いです。", "generic"),
    # 教えて asks the answer to the channel question just asked; a request made last week
    ("今後のやりとり、メール・電話など、どの方法が一番ご都合よいでしょうか。こちらで合わせますので教えてください。", "generic"),
    ("先週お願いした契約書のレビュー、進み具合いかがでしょうか。急ぎではないので、目安だけ教えてもらえると助かります。", "generic"),
    # offers: 〜でよければお伝えします, 〜の応援ならいつでも, 私が…入ることもできます, 施術は無料で
    ("はじめまして、市立図書館の司書の森です。選書の仕組みをどう作られたのか、差し支えない範囲で教えていただけないで"
     "しょうか。地域の読み聞かせの記録でよければ、いつでもお伝えします。", "email"),
    ("はじめまして。酪農ヘルパーの大野です。チーズ工房の立ち上げで苦労された点を教えていただけないでしょうか。"
     "搾乳の応援なら、いつでも声をかけてください。", "facebook"),
    ("はじめまして。作業療法士の川口です。地元紙で放課後デイの記事を読みました。ボランティアの枠があれば私が月2回入ることも"
     "できます。運営の方をご紹介いただけないでしょうか。", "linkedin"),
    ("はじめまして！先週のネイルの投稿、素敵でした。うちのサロンで新メニューを体験してもらえませんか？施術は無料で、"
     "ご感想を投稿してもらえたら嬉しいです。", "x"),
    # someone else's wish passed on; a head count; a matter under way; the post is where to comment
    ("返信遅れてごめんなさい！例の紹介の件、先方もぜひ一度お話ししたいとのことでした。三人のグループを作ってもいいですか？",
     "facebook"),
    ("来月の読書会、会場の人数確定のため、参加できそうなら12日頃までに教えてもらえると助かります。難しければ当日でも大丈夫です！",
     "facebook"),
    ("田中さん\n\n先日の件、社内で確認しました。費用は少し上振れしそうです。来週どこかで相談させてください。\n\n鈴木", "email"),
    ("【勉強会のお知らせ】\n来月、介護職のキャリアを考える小さな会を開きます。\n参加したい方はこの投稿にコメントください。",
     "facebook"),
    # the sender sponsors or plans to sponsor: money offered, not asked
    ("山田様\n\nはじめまして、Kumo Labsの中村と申します。弊社のCIではmizuchiを3年前から使っております。"
     "その恩返しとして、GitHub Sponsors経由で月額のスポンサーをさせていただきたいと考えています。ご希望をお聞かせいただければ幸いです。", "email"),
    ("スポンサー担当者様\n\n株式会社ヨツバデータの清水と申します。弊社は昨年に続き、ゴールドスポンサーとしての協賛を検討しております。"
     "つきましては、今年の募集要項と申込締切をご教示いただけますでしょうか。", "email"),
    # help offered with permission; the reader's work used in the sender's product is no sales pitch
    ("井口さん、お誘いありがとうございます！その日は都合がつかず参加できそうにありません。次の機会はぜひ登壇側で協力させてください。", "facebook"),
    ("平野様\n\nはじめまして、CTOの酒井です。平野様がGitHubで公開されているwasm-bindgenの拡張、弊社のプロダクトで使わせてもらっています。"
     "現在Rustエンジニアを募集しており、もしご興味があればお話しできればと思いました。", "email"),
    # ties: a meeting the reader made time for, an arranged introduction, the reader's talk last time,
    # tomorrow's visit agreed, a recruiter with a position (colloquial or formal)
    ("山田先生\n\n先日は面談のお時間を取っていただいたのに、準備不足で申し訳ありませんでした。\n大学院入試の推薦状をお願いできないかと思いご連絡しました。", "email"),
    ("藤本様\n\nキャリアセンターのOB・OGマッチングでつないでいただいた、法学部3年の桜井です。\n面談前に、お仕事について以下の3点を伺いたいです。", "generic"),
    ("小野さん、勉強会の会場決まりました！\n前回小野さんが話してたCoroutinesのテスト、今回ぜひLTで聞きたいです。", "facebook"),
    ("森本様\n\n明日14時のOB訪問、どうぞよろしくお願いいたします。\n遅れそうな場合は、御社の代表番号にお電話して、森本様につないでいただければよいですか。", "generic"),
    ("DM失礼します！エンジニア採用やってる者です\nGoのジェネリクスのスレッド、めっちゃ分かりやすかったです\nいい案件あるんで一回話しませんか？", "x"),
    ("はじめまして、エグゼクティブサーチの安田です。\n横山様が寄稿されていた、IPO準備期の管理部門づくりの記事を拝読しました。\n"
     "非公開のCFOポジションについてご相談したく、ご連絡しました。", "linkedin"),
    # a favour asked of a former colleague, easy to refuse
    ("大塚さん、ご無沙汰しています。前職で一緒にGo移行をやっていた本田です。\n大塚さんの会社のPlatformチームに興味があります。"
     "カジュアル面談につないでいただけないでしょうか。\nもちろん、難しければ遠慮なく断ってください。", "linkedin"),
    # replies: thanks for a message or a connection, an X reply to @handle; a number asked for is a small ask
    ("つながりありがとうございます。LinkedInはあまり見ないので、今後のやり取りは個人のGmailにお願いします。"
     "御社の営業管理の件、ぜひ一度お話しできればと思っています。", "linkedin"),
    ("小島さん、メッセージありがとうございます！ケータリングの件、文章だと伝わりにくいので電話で話しましょう。"
     "小島さんの携帯番号を教えてもらえますか？", "facebook"),
    ("@tanaka_k ありがとうございます！That makes sense. 日本語のドキュメントも来週PRを出します。レビューお願いできたら嬉しいです", "x"),
    # a resend without はじめまして follows something: not judged as a first contact
    ("高橋さん、先週送ったメッセージの件、バタバタしていたらごめんなさい。来月の勉強会の会場、前回と同じコワーキングで押さえてよさそうか、"
     "お手すきの時に教えてもらえると助かります。急ぎではないです！", "facebook"),
    # samples offered free; an alumni association's invitation; thanks again for an introduction; peers; a reply;
    # an application asking for an interview
    ("上田先生\n\nはじめまして。株式会社ヒカリ素材の村井と申します。先生が昨年発表された論文を拝読しました。"
     "弊社の封止材がこの劣化要因の抑制に寄与できるのではと考えており、試料の無償提供も含めてご相談できれば幸いです。", "email"),
    ("石川先生\n\n石川研究室OB会幹事の岡本です。\n本年のOB会を6月14日に開催することになりました。ぜひご挨拶の機会をいただければと幹事一同願っております。", "email"),
    ("福田様\n\n春にご紹介いただいた設計事務所さんとは、その後無事に契約がまとまりました。改めてありがとうございました。\n"
     "夏の終わりに、福田様の会社の近くへ伺う予定がありますので、ご都合が合えばお茶でもいかがでしょうか。", "email"),
    ("おつかれ〜！急にごめんね\nで、本題なんだけど、ミナト商事ってまだエンジニア募集してる？リファラルで推してもらえたりしないかな", "facebook"),
    ("声かけてくれてありがとう！リファラルの話、すごく嬉しかったです。\nただ、年内は動けなさそうです。落ち着いたら、こっちから相談させてください。", "facebook"),
    ("内田さん、コネクトありがとうございます！\n詳しい話はLINEでしませんか？", "linkedin"),
    ("採用ご担当者様\n\n貴社の企業理念に深く共感し、応募いたしました。\n一度面接の機会をいただけますと幸いです。\nよろしくお願い申し上げます。", "email"),
    # offers: material the sender can bring, a check before publication, a role taken on; a project of the
    # sender's brought to the reader; classmates
    ("菅原様\n\n菅原様が顧問をされている食品メーカーの方をご紹介いただけないかと思い、メールいたしました。"
     "弊社で開発した低糖質の製麺技術について、ご説明の資料をお持ちできます。", "email"),
    ("はじめまして、フリーライターの高橋です。\n来月、環境系メディアで素材メーカーの特集を書く予定があり、15分ほどお話を伺えないでしょうか。\n"
     "原稿は公開前に確認していただけますし、数字の扱いは御社のご意向に沿うようにします。", "linkedin"),
    ("はじめまして、動画編集をしている安藤です。コミュニティ内で編集者を探している方がいれば、ご紹介いただけると嬉しいです。"
     "勉強会で編集のコツを話す役なども喜んでお引き受けします。", "linkedin"),
    ("河野様\n\nポートフォリオを拝見しました。来週大阪に参りますので、事務所に伺えればと存じます。"
     "弊社で進めている駅ナカ案件についても、ご相談できればと思います。", "email"),
    ("ひさしぶりです。高校で同じクラスだった平野です。美容師のお兄さんに一度お話を聞けたりしないでしょうか。ダメなら全然スルーしてください。",
     "facebook"),
    # after a card exchanged, a conversation asked for is fine; an exchange under way is more than a card
    ("先日の勉強会で名刺交換させていただいた中川です。お話しいただいたテスト自動化の件、もう少し伺いたく、30分ほどお時間をいただけないでしょうか。", "linkedin"),
    ("いつもお世話になっております。先日の展示会ではご挨拶させていただきありがとうございました。御社の購買ご担当の方をご紹介いただけますと幸いです。", "email"),
    # paid work offered (お仕事として) is business brought, not a favour asked
    ("はじめまして。金沢で九谷焼の窯元をしている中村です。新作のPRを、お仕事としてお願いできないかご相談したいです。", "facebook"),
    # a customer's own earlier purchase (昨年ご導入いただいた) ties a renewal to its reader
    ("昨年ご導入いただいた業務用エアコン4台の保守契約が、来月末で満了を迎えます。更新のお手続きについてご相談したく、ご都合のよい日時をお知らせください。", "facebook"),
    # an offer to consult (何でも相談してください); the reader's preferred channel asked (ご都合のよいもの);
    # a pleasantry (仕事のほうもまたよろしく); joint research proposed; a favour thanked; a conversation carried on;
    # a past tie with an easy out (難しければもちろん大丈夫です)
    ("はじめまして！友達申請ありがとうございます✨\n保険のことなら何でも相談してください！", "facebook"),
    ("はじめまして。GitHubのライブラリを拝見しました。ご連絡の方法も、LinkedInのメッセージ、メールなど、ミゲルさんのご都合のよいものを教えてください。", "linkedin"),
    ("ご無沙汰しております！元営業部の坂本です。先月やっと職場に戻りました。あ、仕事のほうもまたよろしくお願いします！", "linkedin"),
    ("ミュラー先生\n\n突然のご連絡失礼いたします。東北大学の小野寺と申します。共同研究の可能性について、一度オンラインでご相談できればと存じます。", "email"),
    ("上田様\n\n貴社の大会議室をお貸しいただき、ありがとうございました。次回の開催時にも、ご相談できますと幸いです。", "email"),
    ("サラさん、JAWS DAYSの懇親会で名刺交換したNTTデータの井上です。IAMのポリシー設計の話、続きをぜひ聞かせてください。", "linkedin-note"),
    ("佐伯さん、ご無沙汰しています。研究室でお世話になった後輩の杉本です。社員紹介制度で推薦していただくことは可能でしょうか。難しければもちろん大丈夫です。", "linkedin"),
    # met at the reader's booth (お話を伺いました); credit offered (共著者として…お名前を入れることも可能); an HR scout;
    # a chase of earlier months (4月と5月にもメールを…): pushy-follow-up judges it
    ("木村様\n\nはじめまして。先日のJST新技術説明会にて、御社のブースで添加剤についてお話を伺いました。一度ご説明させていただく機会をいただけますと幸いです。", "email"),
    ("大塚先生\n\nはじめまして。公開データの形式について、先生のご意見を伺えればありがたく存じます。公開データの共著者として、先生の研究室のお名前を入れることも可能です。", "email"),
    ("はじめまして。株式会社アクシスの人事部です。あなたのご経歴を拝見し、ぜひ一度お話ししたいと思いご連絡しました。まずはカジュアル面談でお互いを知ることから始められればと思います。", "generic"),
    ("渡辺様\n\n4月と5月にもメールをお送りしておりますが、まだ何のご反応もいただけておりません。今回こそはお目通しいただき、ご意見をお聞かせください。", "email"),
    # a question about the reader's own programme (応募要件); an investor's decision thanked; an if-clause (機会があれば);
    # their event promoted in return (そちらの読書会の告知も…紹介させてください); help offered as a question (できないか)
    ("スタートアップ支援室 ご担当者様\n\nはじめまして。御社のアクセラレータープログラムへの応募を検討しています。応募要件の「事業開始済み」に該当するのかどうか、ご相談したくご連絡いたしました。", "email"),
    ("小野寺様\n\nこの度は出資をご決断いただき、本当にありがとうございます。契約書の原本は、下記の住所へお送りください。", "email"),
    ("はじめまして、水彩で挿絵を描いている森川です。ポートフォリオはプロフィールのリンクにまとめました。挿絵をお探しの機会があれば、思い出していただけたら嬉しいです。", "x"),
    ("玲奈さん、来月の勉強会の告知ページができました！もしよければシェアしてもらえると嬉しいです。そちらの読書会の告知も、うちのグループで紹介させてください。", "facebook"),
    # the sender engages the reader (お願いできる先生を探しております, お見積りと…), commissions work (ご依頼の件で),
    # pays for a licence (ご利用料金、申請に必要な書類), asks about the reader's call for staff (募集を拝見し),
    # offers data (喜んでご提供したいと考えています), or posts to many on X (【パブリッシャー様へ】)
    ("宮本先生\n\nはじめてご連絡いたします。来期から月次の記帳指導と決算をお願いできる先生を探しております。お見積りと、一度面談のお時間をいただけますでしょうか。", "email"),
    ("はじめまして、立ち絵のご依頼の件でDM失礼します。VTuberの新衣装デザインをご相談したいです。", "x"),
    ("はじめまして。御社が管理されている楽曲を使用したいと考えております。使用範囲、ご利用料金、申請に必要な書類などをお教えいただけますでしょうか。", "email"),
    ("はじめまして。御社の運営スタッフ募集を公式サイトで拝見し、応募の前に一度相談させていただきたく、ご連絡を差し上げました。", "email"),
    ("はじめまして。竹中様のセミナーを拝聴しました。取り組みについてご意見をいただけたら嬉しいです。当館のデータが役立つようであれば、喜んでご提供したいと考えています。", "linkedin"),
    ("【パブリッシャー様・ゲーム会社様へ】\n体験版を公開しました！移植を一緒に進めてくださるパートナーを探しています。デモの感想や移植のご相談など、DMいただけたら本当に嬉しいです。", "x"),
    # data brought along (測定データもお持ちします), work done for them (見直し案をまとめました), a sponsor's exposure
    # (ロゴ掲出, SNSで…発信できれば), a recruiter's offer (ご活躍いただきたく), a visit behind (先日お伺いさせていただいた),
    # earlier mails counted (先週と先々週にもご連絡しております)
    ("はじめてご連絡いたします。寄稿された記事を拝読しました。一度練習を見学させていただけないでしょうか。当校の選手の測定データもお持ちしますので、ご意見をいただければ大変ありがたいです。", "email"),
    ("@宮田さん はじめまして、基盤チームの須藤です。監視アラートの閾値の見直し案をスプレッドシートにまとめました。レビューしてもらえたら、来週のリリースに合わせて設定を変えます。", "generic"),
    ("突然のメール失礼します。トランクスへのロゴ掲出と、試合会場でのバナー掲示でご協賛いただけないでしょうか。1口5万円からご用意しています。", "email"),
    ("{{first_name}}様\n\nはじめまして。ぜひ弊社の登録翻訳者としてご活躍いただきたくご連絡いたしました。ご興味があれば、お気軽にお返事ください。", "linkedin"),
    ("先日お伺いさせていただいた際にご覧になった試作品について、改めてご説明させていただく機会をいただければと思います。", "email"),
    ("先週と先々週にもご連絡しております、新規事業開発室の清水です。特許調査の進め方について、ご意見をいただきたいという件です。", "email"),
    # a contribution offered (PRに含めようと思います), bug reports gathered for them, the press asking for an
    # interview or pitching news for the reader's audience, something both know (例のPR), resale (返礼品として
    # 扱わせて), volunteering offered
    ("はじめまして。good first issue #88 に取り組んでみたいと思っています。テストケースとして使える形に整えて、PRに含めようと思います。期待する挙動を教えていただけると助かります。", "email"),
    ("はじめてご連絡いたします。貴プロジェクトを教材として使いたく、事前にご相談したくご連絡しました。授業で見つかった不具合は、私が取りまとめてご報告いたします。", "email"),
    ("はじめまして、紀伊民報の記者の山本です。白浜のワーケーション施設の件で、運営担当の方にお話を伺えないかと思っています。", "x"),
    ("ご担当者様\n\n弊社クライアントの新商品が話題になっております。貴媒体の読者の皆様にもきっと喜んでいただける内容ですので、ぜひ一度ご紹介の機会をいただけますと幸いです。", "email"),
    ("@kumo_dev さん、例のPRのレビューお願いできませんか", "x"),
    ("はじめまして。道の駅で中島さんのゆずポン酢を買いました。町のふるさと納税の返礼品として扱わせてもらえないか、ご相談したいと思っています。", "facebook"),
    ("はじめまして。夏休みの浜の清掃ボランティアを募集されていると知り、友人3人と参加したいです。作業の合間に、養殖の仕事について少し教えていただけたら嬉しいです。", "facebook"),
    # thanks for days together (共同ブースでは、3日間ありがとうございました); how they work (働き方) is a topic, not a job;
    # a buyer's questions (ロット数を含めて…相談したい)
    ("静岡茶の共同ブースでは、3日間ありがとうございました。松下様のご意向を、年内のどこかで伺えると助かります。", "email"),
    ("はじめまして。記事を社内勉強会で紹介させてもらいました。インタビューの匿名化した要約がありますので、もしご興味があればお送りします。そのうえで、御社のリサーチチームの働き方を15分ほど伺えたら嬉しいです。", "linkedin"),
    ("はじめまして！焚き火台のOEMを受けているという投稿を拝見しました。ステンレスの厚みについて、ロット数を含めていろいろ相談したいことがあります。", "x"),
    # an editor's interview (編集を担当している); an agent bringing jobs (企業さんを紹介している); a door left open to an old
    # colleague (案件があれば、いつでも声をかけて); thanks for yesterday's quote (昨日の…助かりました) is an exchange under way
    ('はじめまして。業界誌「物流の現場」で編集を担当している井口と申します。\n御社の倉庫で始められた夜間無人搬送の取り組みについて、次号の特集で30分ほどお話を伺えないかと考えております。\n掲載前に原稿をご確認いただけます。', 'email'),
    ('はじめまして、DM失礼します！\nデザイナーさんを探している企業さんを紹介しているので、よかったら詳しくお話ししたいです。', 'x'),
    ('久保さん、ご無沙汰しています！\n前の会社で同じ部署だった森です。春から地元の松本でフリーのエンジニアをしています。\n松本方面の案件があれば、いつでも声をかけてください。', 'facebook'),
    ('吉田さん、昨日の見積もりの件、本当に助かりました！\n来月の発注も同じ条件でお願いできるとありがたいです。', 'facebook'),
    # 本年は…ありがとうございました: a year of dealings, thanked
    ('株式会社みなと物産\n代表取締役 山本様\n\n本年は坂井様を通じてご縁をいただき、誠にありがとうございました。共同の販路開拓も初年度を無事に終えました。\n引き続きお力添えを賜りますよう、よろしくお願い申し上げます。', 'email'),
    # paid work offered (業務としてご依頼); earlier sends listed (先週、先々週とご連絡しております) are not a first contact
    ('はじめまして。広島で設計事務所を主宰している河野と申します。\n呉市で斜面地に建つ共同住宅の設計を進めており、基本設計の段階から構造のご意見をいただきたく、業務としてご依頼できないかと考えております。\n概要資料を添付いたしますので、ご検討いただけますと幸いです。', 'email'),
    ('田中様\n\n先週、先々週とご連絡しておりますが、いまだにご返答がございません。弊社の会計ソフトのデモについて、導入の可否だけでもお知らせいただけますでしょうか。', 'email'),
    # おひさです: a casual お久しぶり, an existing tie
    ("中村さんおひさです！先月転職したのでご報告です。落ち着いたらまたお茶でもさせてください〜", "x"),
    # material sent by mail (資料はメールで送ります) is not the message itself
    ("小田さん\n先月の打合せで話していた件、社内で結論が出ました。詳しい資料はメールで送りますね。来月もう一度打合せできれば助かります。", "linkedin"),
    # creative work asked for with a fee named
    ("はじめまして。いつも作品を拝見しています。アルバムのジャケットを描いていただけないでしょうか。制作費は10万円を予定しています。", "x"),
    # work commissioned (お仕事をお願いできる, 設計監理をお願いできないか) is paid work offered
    ("【協力業者さん募集】\n千葉県北部で、内装工事をお願いできる職人さんを探しています。\n月に2〜3現場ほど、継続的にお仕事をお願いできる見込みです。\n興味のある方は、DMからご連絡ください。", "x"),
    ("山本様\n\nはじめてご連絡いたします。松本で工務店を営んでおります、中島と申します。\n山本様の事務所のホームページで、安曇野の古民家改修の事例を拝見しました。\n今後の改修の案件で、設計監理をお願いできないかと考えております。\n現場の段取りはすべて弊社でお引き受けいたします。", "email"),
    # a deal heard about (案件、詳しく伺いたい) is a conversation, not a job asked
    ("林さん\n先日の展示会では名刺交換ありがとうございました。物流不動産の投資をしている小川です。\n林さんの会社で扱っている倉庫の案件、ぜひ詳しく伺いたいです。", "linkedin"),
    # a casting director's request (キャスティングを担当) is a role offered
    ("件名：出演のご相談\n\n株式会社サンプル芸能\nマネージャー 田中様\n\nはじめまして。株式会社スターゲームでキャスティングを担当しております、石井と申します。\n新作アプリの主要キャラクター役に、所属の佐藤様にご出演いただけないかと考え、ご連絡いたしました。\n収録は7月上旬、都内スタジオにて2日間を予定しております。", "email"),
    # ありがとうございます！ on the first line: a reply
    ("ありがとうございます！\nメッセンジャーはあまり見ないので、今後の連絡はメールでお願いします。\nミュンヘンの日系企業の話、また詳しく聞かせてください。", "facebook"),
    # a channel choice asked (どちらがよいかも教えて) is a small question
    ("件名：記録の共有について\n\n高田さん\n\nはじめまして。札幌でランニングコーチをしている上野と申します。\n先週の大会で、高田さんが選手の補給サポートをされているのを拝見しました。\n補給の記録を3シーズン分とっていますので、情報交換できないでしょうか。\nご都合がよければ、メールとオンライン通話のどちらがよいかも教えてください。", "email"),
    # a composer's work commissioned (お任せできないか) is paid work
    ("作曲家 木村様\n\nはじめまして。株式会社サンプルでプロデューサーを務めております、大野と申します。\n現在弊社では、新作RPGを開発しております。\n木村様の作風と重なると考え、サウンド全体をお任せできないかご相談したくご連絡いたしました。\nご関心をお持ちいただけましたら、オンラインで30分ほど詳細をご説明させてください。", "email"),
    # a post to the group both are in (グループに投稿) is no referral
    ("高橋さん、商店街の空き店舗をシェアオフィスにする構想に、参加者から問い合わせが来ています。ご都合のよいときに、概要をグループに投稿していただけると嬉しいです。", "facebook"),
    # a wish reported (時間が欲しい的な声)
    ("今月の振り返りです。\nアンケートでは、もう少し懇親の時間が欲しい的な声が多かったです。\n次回からは後半を交流の時間にします。", "generic"),
    # a body both sit on (次の月例会で)
    ("山田さん、独立一周年おめでとうございます。次の月例会で、この一年の話を少し聞かせてください。", "facebook"),
    # a matter both know (先日の合宿の件ですが)
    ("先日の合宿の件ですが、来年は開催時期を秋に移すことを考えていますので、ご意見をいただけると助かります。", "generic"),
    # the reader's former account manager (御院を担当していた)
    ("木村先生\nFacebookでは突然失礼します。昨年まで御院を担当していた東和メディカルの坂本です。新しい製品の件で、ぜひ一度お話ししたく思っております。", "facebook"),
    # a buyer (更新の検討を始めました)
    ("株式会社サンプルメディカル\nご担当者様\n\nはじめまして。大阪の病院で臨床工学技士をしている前田と申します。\n御社の輸液ポンプについて、当院でも更新の検討を始めました。他院での移行の事例があれば、参考に伺いたいです。", "email"),
    # おすすめの…: the recommended thing asked about, no referral
    ("質問です。\nLPのファーストビューを動画にしたいのですが、表示速度は大丈夫でしょうか。\nおすすめのやり方があれば教えてほしいです。", "generic"),
    # a standing rule (お願いしています), not a favour
    ("このグループでは、宣伝は告知スレッドだけでお願いしています。ルールの詳細はピン留めにまとめてあります。", "generic"),
    # the sender's own clause (…の仕事をしていて、) holds no topic of the request; an old club tie earns the talk
    ("村田さん、ご無沙汰しています。大学のワンゲル部で一緒だった小野です。村田さんが水産業のDXに取り組んでいると記事で拝見しました。私も漁港のデータ管理の仕事をしていて、お話しできたらうれしいです。", "linkedin-note"),
    # a registration deadline for the sender's event (申込は…までに)
    ("【社内勉強会のお知らせ】\n設計部の有志で、生成AIの勉強会を開きます。\n日時：7月10日（水）17:30〜18:30\n会議室の定員が20名のため、申込は7月5日（金）までにお願いします。", "generic"),
    # 連絡ありがとうございます: a reply
    ("Emilyさん\n\n連絡ありがとうございます！\n外資のオファーってすごいですね。ぜひ話を聞きたいです。", "linkedin"),
    # a buyer introducing themselves (和菓子バイヤー、…と申します) brings business
    ("件名：商談会での面談のお願い\n\n株式会社サンプル製菓 小林様\n\nはじめてご連絡いたします。首都圏でスーパー10店舗を展開している株式会社サンプルマートの和菓子バイヤー、内田と申します。\n3月の商談会で、ぜひ御社のブースに伺いたいと考えています。", "email"),
    # a buyer's question (お取り扱いがあるか、教えて) is a yes or no
    ("お問い合わせフォームより失礼いたします。\n京都のホテルで料飲部の購買を担当している、宮下と申します。\n業務用の大容量のお取り扱いがあるか、教えていただけますでしょうか。", "generic"),
    # 一点ご相談したいことがあります: one question, as 一点だけ伺いたい
    ("はじめまして。mdtable-rsのドキュメントを翻訳している者です。訳語の方針で一点ご相談したいことがあります。どちらに寄せるか決めたいです。", "x"),
    # the sender means to pay (有償のサポート契約)
    ("件名：サポート契約のご相談\n\n株式会社サンプル\n代表 近藤様\n\nSampleDBを社内の分析基盤で使っている、株式会社アオバの林です。\n本番導入に向けて、有償のサポート契約が可能かご相談したくご連絡しました。", "email"),
    # a contribution offered (差分はPRにまとめられます)
    ("件名：image タグの指定について\n\n遠藤さん\n\nはじめまして、SREをしている吉岡です。\n遠藤さんが公開しているchartを使わせていただいています。\ntagが空のときは、appVersionにフォールバックさせられないでしょうか。\n差分はPRにまとめられますので、方針だけ教えていただけると助かります。", "email"),
    # the reader's shop named to an audience (チラシにもお店の名前を載せます)
    ("山内さん、はじめまして。三島で子ども向けの自然観察会を開いている小田です。\n今度の春の観察会で、道具の安全な扱い方を10分ほど子どもたちに話していただけないでしょうか。会のチラシにもお店の名前を載せます。", "facebook"),
    # what sponsors get (協賛店には…をご用意しています) balances the sponsorship asked
    ("はじめまして。駅前商店会で夏祭りの実行委員をしている川上です。今年は協賛店として加わっていただきたく、ご連絡しました。協賛店には、ポスターへの店名の掲示と、会場での案内枠をご用意しています。", "email"),
    # the sender's data, the reader's to use (自由にお使いいただけるようにいたします)
    ("はじめまして。先生の形態素解析器を業務で使っている上野です。整備した医療用語辞書の公開について、先生のご意見をいただければ幸いです。辞書は研究室でも自由にお使いいただけるようにいたします。", "email"),
    # the work done for the reader (全部こちらでやります)
    ("はじめまして！いつも配信見てます。番組でうちの清掃イベントを紹介してもらえたら嬉しいです。撮影の段取りも参加者集めも全部こちらでやります！", "x"),
    # where a PR stands, asked (状況を伺いたく): a question, not a claim on time
    ("はじめまして。date-utils-jpを使っている関です。半年前に出したPRについて、その後の状況を伺いたくご連絡しました。", "email"),
    # the sender's own experience offered (現場の話でよろしければ、いつでも話をさせていただきます)
    ("はじめまして。先生の記事をいつも拝読しています。長く店長をしてきた経験を、採用という形で活かすことができないかと考えております。店舗採用の現場の話でよろしければ、いつでも話をさせていただきます。", "linkedin"),
    # given in thanks (お礼というほどではありませんが…ゲスト講師としてお招きしたい)
    ("はじめまして。焼酎蔵で営業をしている前田です。台湾の酒販店についての投稿、参考になりました。現地のバイヤー事情を少し教えていただけないでしょうか。お礼というほどではありませんが、蔵元向けの勉強会にゲスト講師としてお招きしたいです。", "linkedin"),
    # 一声かけてください without someone to speak to: tell the sender, no referral
    ("見積もりは明日の午前中までにお送りします。届いていなければ、お手数ですが一声かけてください。", "email"),
    # a buyer (まとまった数量での仕入れをご相談したく) brings business
    ("はじめまして。まつげサロンを営む大西です。御社のグルーを使っており、2店舗目の開業にあたって、まとまった数量での仕入れをご相談したくご連絡しました。", "email"),
    # a customer booking (宴会場を候補として検討しております) brings business
    ("はじめまして。株式会社テクノ総務部の森です。10月の社員総会後の懇親会に、貴ホテルの宴会場を候補として検討しております。日程についてご相談したいと思いました。", "email"),
    # know-how offered (チラシの配り方もお伝えできます)
    ("はじめまして、群馬でヘッドスパの店をしている清水です。集客の工夫など、話せたら嬉しいです。うちで効果があったチラシの配り方もお伝えできます。", "facebook"),
    # where to write (ご相談できる窓口があれば、ご紹介いただけますか) is a small ask
    ("はじめまして。理容室を営む北村です。御社の製品を店で使っています。サンプルのご提供についてご相談できる窓口があれば、ご紹介いただけますでしょうか。", "email"),
    # the reader's own call (認定講師の募集ページを拝見しました) invites questions
    ("はじめまして。ネイルサロンの宮本です。御社の認定講師の募集ページを拝見しました。応募の前に準備しておくべきことについて、アドバイスをいただけたら嬉しいです。", "email"),
    # the reader invited to ask (ご相談いただければ在庫状況をお知らせします)
    ("はじめまして。食器のレンタルをしている工藤です。300名規模まで貸し出せます。繁忙期の備えとして、ご相談いただければ在庫状況をお知らせします。", "linkedin"),
    # a decision asked about (ご判断を伺えますでしょうか) is a question, not a talk
    ("ブライダル映像制作の河野です。既にお読みいただいていると思いますので、ご提案についてのご判断を伺えますでしょうか。", "email"),
    # leave to use what they said (参考にさせてください)
    ("先日の展示会で隣のブースでした。貴社の多言語スタッフ派遣の話、社員旅行の受け入れで参考にさせてください。", "linkedin-note"),
    # availability asked (空き状況を教えていただけますか) is a small question
    ("はじめまして。大阪でプランナーをしている津田です。7月の土曜日に、20名での空き状況を教えていただけますか。", "email"),
    # a journalist's fallback (秋の企画でご相談させてください) is about the coverage
    ("はじめまして。ビジネス誌の編集部の安藤と申します。御社の料金設計についてお話を伺いたく、ご連絡しました。難しい場合は、秋の企画でご相談させてください。", "email"),
    # samples lent (見本を数点お貸しできます) balance a proposal
    ("はじめまして、益子で作陶している永井です。お店で扱っていただけそうか、一度ご相談できたらうれしいです。見本を数点お貸しできます。", "facebook"),
    # help offered when needed (橋渡しが必要なときは、いつでもお声がけください)
    ("ご無沙汰しております。いまは商工会で創業相談をしています。食品メーカーとの橋渡しが必要なときは、いつでもお声がけください。", "linkedin"),
    # a tour offered (当社の倉庫見学もご案内できます)
    ("はじめまして。部品の物流倉庫を運営している酒井です。当社でも共同保管を検討しており、一度お話を伺いたく存じます。当社の倉庫見学もご案内できますので、ご関心があればお知らせください。", "linkedin"),
    # years of support behind the ask (開館以来、毎年ご支援をいただいてまいりました)
    ("拝啓 平素より格別のご高配を賜り、厚く御礼申し上げます。当館は開館以来、貴社から毎年ご支援をいただいてまいりました。本年度の展示室改修にあたり、改めてご寄付をお願い申し上げたく存じます。", "email"),
    # a showing proposed (原画の出品をご相談): terms of a deal
    ("突然のDM失礼します。小さな美術館で学芸員をしている池田です。シリーズの作品、いつも拝見しています。夏の企画展に、原画の出品をご相談できればうれしいです。", "x"),
    # reports given in return (様子は写真付きで毎月ご報告します)
    ("はじめまして。個人で犬の保護活動をしている森田です。フードのご寄付の対象に個人の活動も含まれるようでしたら、ご検討いただけないでしょうか。保護犬たちの様子は、写真付きで毎月ご報告します。", "email"),
    # material for the reader's use (商談の材料にしていただければ)
    ("先日の展示会でお話を伺った、ペット用品店の山口です。お話に出ていた限定パッケージの件、常連さんにアンケートを取りました。結果をまとめましたので、次回の商談の材料にしていただければ幸いです。", "email"),
    # a friend's ask with something sent in return (代わりに…テンプレを送るよ)
    ("りょうへい、おつかれ。この前のシフトの話、うちでも見直すことになった。前の会社で使ってたシフトの組み方、教えてほしい。代わりに、うちで作った引き継ぎのテンプレを送るよ。", "facebook"),
    # an applicant's request about the interview (応募したい丸田です…左側からお話しいただけると)
    ("株式会社フタバ 採用担当様\n\n求人サイトからメッセージをお送りします。障害者枠の一般事務に応募したい丸田です。\n右耳に難聴があるため、面接では左側からお話しいただけると助かります。", "generic"),
    # a founder hiring (1人目のエンジニアを探していて): a job for the reader
    ("こんばんは、Discordのサーバーでドット絵エディタを公開していた方ですよね。僕はインディーゲームのスタジオを立ち上げたばかりの大橋です。1人目のエンジニアを探していて、もしよければ少し話を聞いてもらえませんか。", "generic"),
    # a buyer or a booking (仕入れについても…ご相談, 大ホールの利用をご相談したく); a recruiter with a role (リーダー候補として,
    # 一緒に動ける方を探しています); something given back (出演バンドをお誘いできます, 試作品…召し上がっていただきたい)
    ("@yamane_kobo 山根さん、個展の告知を拝見しました。初日に伺います。器の仕入れについても、会場で少しご相談できたら嬉しいです。", "x"),
    ("霧島市民会館 ご担当者様\n\n鹿児島室内合奏団の事務局の上原と申します。来年3月の定期演奏会につきまして、貴館大ホールの利用をご相談したく、ご連絡いたしました。", "email"),
    ("突然のメッセージ失礼いたします。このたび貴殿のご経歴を拝見し、弊社が新たに立ち上げるオンボーディングチームのリーダー候補として、ぜひ一度お話をお伺いしたく、ご連絡を差し上げました。", "linkedin"),
    ("長尾さん、はじめまして。イベント制作会社フォルテの採用担当、桑原です。現在、来年度の大型フェスで舞台監督として一緒に動ける方を探しています。まずは一度、業務内容をご説明させてください。", "linkedin"),
    ("はじめまして。2月に札幌で1公演を考えています。ご相談できる日程があれば、候補をいくつかお知らせください。こちらからも、東京公演の対バンに貴店の出演バンドをお誘いできます。", "email"),
    ("はじめまして。神戸でパン屋を営んでいる小西です。製粉のことや品種の特徴について、ご意見をお聞きできたら嬉しいです。試作品ができたら、ぜひ召し上がっていただきたいです。", "x"),
    # they have spoken (先日はお電話にて失礼いたしました); an invitation to the sender's place (見学に来ませんか);
    # the sender a customer (開業以来、貴社の…醤油を使っております) with a meal offered; the reader came to their event
    # (講演会にお越しになられ、); a recruiter with a meal on the house (一緒に考えてくれる方を探して…お代はいただきません);
    # a kit to try free (無償でお試しいただきたく); a session told then thanked (カジュアル面談では…楽しかったです)
    ("先日はお電話にて失礼いたしました。\n申込書の控えは、下記の住所にお送りいただけますでしょうか。", "email"),
    ("はじめまして。新潟で酒米を育てています。今年の五百万石は出来がいいです。田んぼ見学に来ませんか。", "facebook"),
    ("丸大醤油醸造元\n大森様\n\n東京・神楽坂で日本料理店を営んでおります、河野と申します。\n当店では開業以来、貴社の再仕込み醤油を刺身醤油として使っております。\n若い料理人たちに製法を学ばせたく、六月中に蔵を見学させていただけないかと考え、ご連絡いたしました。\nご迷惑でなければ、当店で貴社の醤油を使った料理をお出しし、ご意見を伺う席も設けられればと存じます。", "email"),
    ("件名：講演のお礼と今後のご相談\n\n料理研究家 森下様\n\n先日は、当組合主催の「伝統野菜を未来へ」講演会にお越しになられ、誠にありがとうございました。\n森下様がご講演の中でおっしゃっていた「伝統野菜は保存するものではなく、食べ続けることで残るものだ」というお言葉に組合員一同深く感銘を受け、さっそく翌週の定例会で飲食店向けの試食会を年に二回開く案を議論し、正式に決まりました。\nつきましては、試食会のメニュー監修についてご相談させていただければと存じます。\n\nなにわ伝統野菜生産組合 事務局 堀", "email"),
    ("井上さん\n\nはじめまして。京都でフレンチレストランを経営している大久保と申します。\n来春、二号店を開く予定で、ワインリスト作りを一緒に考えてくれる方を探しています。\nまずは一度、店の料理を召し上がっていただきながらお話しできれば嬉しいです。もちろんお代はいただきません。", "linkedin"),
    ("はじめまして、プロテオミクス受託のプロテオンです。先生の質量分析の論文を拝見し、新しい前処理キットを無償でお試しいただきたくご連絡しました。", "facebook"),
    ("井口さん\n\nカジュアル面談では、タンパク質精製のご経験について詳しく伺えて楽しかったです。ありがとうございました。\nお話に出たラボ見学ですが、次の日程はいかがでしょうか。", "email"),
    # a clause describing a noun (レビューをお願いする仕組み) asks nothing; a tour offered (工場見学でしたら…ご案内します);
    # a programme brought (研修プログラムをお持ちできます); the reader's words quoted, doubled honorific and all
    # (おっしゃられていた); an adviser engaged (顧問としてご指導, 顧問マッチングサービス経由)
    ("岡野さん、はじめまして。先日のご講演、大変参考になりました。当社でも、退職した設計者に週1日だけ図面のレビューをお願いする仕組みを試しています。", "linkedin-note"),
    ("江口さん\n\nはじめまして。福井で眼鏡フレームの企画をしている細川です。\n来年の出展に向けて、一度ご意見を伺えればうれしいです。\n産地の工場見学でしたら、いつでもご案内します。", "linkedin"),
    ("はじめまして、元ホテル総支配人の桑原と申します。\n客室120室規模の旅館で、口コミ評価を3.6から4.4に上げた際の研修プログラムをお持ちできます。\nまずは30分ほど、現状のお悩みを伺えれば幸いです。", "generic"),
    ("人事部 石川様\n\n営業企画部の前田です。\n先週の説明会で石川様がおっしゃられていた「公募前の非公式面談」について、詳しく伺いたくご連絡しました。", "email"),
    ("大塚様\n\n株式会社ツバサ電設の代表、北村と申します。\n電設業界誌の連載で、大塚様の記事を拝読しました。\n施工管理について、顧問としてご指導いただけないでしょうか。", "email"),
    ("工藤 信也 様\n\nはじめまして。顧問マッチングサービス経由でご連絡しております、株式会社ヤマセ水産の菅野です。\n一度、現状をご覧いただいたうえで、ご助言をいただけないかと考えております。", "email"),
    # paid work brought to an old classmate (正式な仕事として相談したい)
    ("健太、久しぶり！先月から実家の工務店を継いだって聞いたよ。\nうちの歯科医院、待合室の改装を考えてて、正式な仕事として相談したいので、来月どこかで30分くらい時間をもらえたら嬉しい。", "facebook"),
    # customers' words quoted (「…一緒に聞きたい」とおっしゃる); an invitation accepted, the format left to them
    ("はじめてご連絡いたします。FP事務所ライフデザインの河野です。\nご相談者の多くが「運用の話も一緒に聞きたい」とおっしゃるため、共催の可能性を探りたくご連絡しました。\n共催の際は、当事務所の顧客向けメールマガジン（約2,000名）でも告知いたします。", "email"),
    ("西川先生\n共同研究のお打ち合わせのお誘い、ありがとうございます。\n来週の水曜または木曜の午後はいかがでしょうか。\n対面・オンラインのどちらでも伺えます。先生のご都合のよい形式を教えてください。", "linkedin"),
    # an answer to a recruiter who wrote first may ask about the job they offered
    ("松井様\n\nご連絡ありがとうございます。現在、回復期リハ病棟で作業療法士をしている今井です。\n求人の件、ぜひ詳しく伺いたいです。", "generic"),
    # given in return (代わりに…使っていただいて構いません, お役立ていただければと思い添付しました); an apology for a
    # meeting they had (先日は…申し訳ございませんでした); a recruiter holding a position (ポジションをお預かり);
    # the reader stocks the sender's goods (お取り扱いいただき) and is invited to come (ぜひお運びください)
    ("石田さん\n\nはじめまして。滋賀の町工場の三代目の西田です。\n石田さんがnoteで発信されている採用広報のシリーズを全部読みました。\n社内で広報担当が記事を書ける体制づくりのことを、ご相談できたら嬉しいです。\n代わりに、うちの工場の取り組みを記事のネタとして使っていただいて構いません。", "linkedin"),
    ("吉田様\n\nはじめまして。4月から独立し、採用広報の支援をしている長谷川と申します。\n貴社の技術ブログの「新卒エンジニアの1年目」シリーズを拝見しました。\n自作の「採用ブログ運用チェックリスト」を、お役立ていただければと思い添付しました。\nご意見をいただけると嬉しいです。", "email"),
    ("井上様\n\n先日はお約束の時間に遅れてしまい、大変申し訳ございませんでした。\nもし差し支えなければ、改めてお話を伺う機会をいただけますと幸いです。", "linkedin"),
    ("【お名前】様\n\nはじめまして。人材紹介会社リンクキャリアの岡本と申します。\n現在、中部地方の部品メーカーで、工場DXの推進責任者のポジションをお預かりしています。\nご関心があれば、15分ほどオンラインでお話しできませんか。", "linkedin"),
    ("酒のたかはし 高橋様\n\n平素は弊蔵の酒をお取り扱いいただき、誠にありがとうございます。\n2月22日（土）に蔵見学と試飲の会を設けております。お時間が許せば、ぜひお運びください。", "email"),
    # someday wishes (落ち着いたらぜひ, 今後もいろいろ教えていただけると); things lent or brought to a joint project
    # (試作スツール3脚を研究室にお貸しできます, 研究費のほか…貸与を予定しております)
    ("田村さん、新会社設立おめでとうございます！ついに独立ですね。落ち着いたらぜひお話聞かせてください！", "facebook"),
    ("はじめまして。鈴鹿の自動車部品メーカーの松下です。\n大森さんの品質保証の記事を拝読し、なぜなぜ分析を班長さんに任せるやり方を、うちのラインでも試し始めました。\n今後もいろいろ教えていただけるとうれしいです。", "linkedin"),
    ("森本先生\n\nはじめてご連絡いたします。株式会社アサヒ木工で家具デザインを担当している岡田です。\n当社の試作スツール3脚を研究室にお貸しできますので、評価手法について一度ご意見をいただけないでしょうか。", "email"),
    ("産学連携推進本部 御中\n\n株式会社西日本セラミックスの坂口と申します。\nつきましては、共同研究契約の締結に必要な書類と手続きの流れについて、ご教示いただけますでしょうか。\n当社からは研究費のほか、試験用基板および熱抵抗測定装置の貸与を予定しております。", "email"),
]


@pytest.mark.parametrize("text,platform", ONE_SIDED_INVALID)
def test_one_sided_ask_fires(text, platform):
    assert len(_fired("one-sided-ask", text, platform)) == 1, text


@pytest.mark.parametrize("text,platform", ONE_SIDED_VALID)
def test_one_sided_ask_quiet(text, platform):
    assert _fired("one-sided-ask", text, platform) == [], text


def test_one_sided_ask_reports_the_ask():
    text = "山本様\n\nはじめまして。現在転職活動中です。\n御社の採用担当の方をご紹介いただけないでしょうか。"
    (f,) = _fired("one-sided-ask", text)
    assert f.excerpt == "ご紹介いただけないでしょうか"
    assert (f.line, f.column) == (4, 11)
    assert (f.end_line, f.end_column) == (4, 25)
    assert text[f.start:f.end] == f.excerpt
    assert "紹介" in f.message and f.severity == "warning" and f.tip == 7


def test_one_sided_ask_time_ask_span_and_category():
    text = "はじめまして。就職活動中の大学3年生です。OB訪問として30分ほどお時間をいただけますか。"
    (f,) = _fired("one-sided-ask", text)
    assert f.excerpt == "お時間をいただけますか"
    assert "時間" in f.message


def test_one_sided_ask_categories_option():
    text = "はじめまして。今度お茶でもしながらキャリアについて相談させてください。"
    assert _fired("one-sided-ask", text)
    quiet = lint_text(text, select=["one-sided-ask"], options={"one-sided-ask": {"categories": ["referral", "job"]}})
    assert quiet == []


def test_speech_helpers_read_forms_from_tokens():
    doc = Document("30分ほどお話を伺えないでしょうか。資料をお送りしましょうか。先日はありがとうございました。")
    found = asks(doc)
    assert [(doc.text[a.start:a.end], a.category) for a in found] == [("お話を伺えないでしょうか", "time")]
    assert real_offers(doc, found)  # 〜しましょうか
    assert relationship(doc)
    assert not interest(Document("プロフィールを拝見しました。"))  # a profile is not their work
    assert interest(Document("御社のビジョンに共感しました。"))


def test_speech_own_product_in_quotes_is_not_their_work():
    from outreach_lint.speech import specifics

    kinds = lambda text: [kind for _, _, kind in specifics(Document(text))]  # noqa: E731
    assert "quote" not in kinds("弊社のSFA「ウリアゲPro」は、商談数が1.4倍に増えています。")
    assert "quote" not in kinds("私の新刊『はじめての型安全』を献本させてください。")
    assert "quote" in kinds("佐藤さんのOSS「ウリアゲPro」を使っています。")


# == form-letter ==============================================================================
FORM_LETTER_INVALID = [
    # 貴社ますますご清祥: the seasonal greeting in its other spelling
    ("ご担当者様\n\n貴社ますますご清祥のこととお慶び申し上げます。弊社は業務用資材の卸売を行っております。高品質な商品を適正価格でご提供し、"
     "多くのお客様にご好評をいただいております。貴社のお役に立てるものと確信しております。ご興味がございましたら、無料サンプルをお送りいたしますので、"
     "お気軽にお申し付けください。\n\n株式会社アオバ資材 営業部 松井", "email"),
    # an X auto-DM to a new follower: thanks for the follow, a pitch, the profile link
    ("フォローありがとうございます！突然ですが、転職や副業に興味はありませんか？無料の個別相談を受け付けています。詳しくはプロフィールのリンクからどうぞ。", "x"),
    ("フォローいただきありがとうございます！相互フォローよろしくお願いします。", "x"),
    # to 各位 with the whole seasonal greeting and nothing about anyone
    ("出資者各位\n\n貴社ますますご清栄のこととお慶び申し上げます。\nこの度、弊社は新たな資金調達を開始いたしました。\n"
     "社会課題の解決を目指しております。\n資料を添付いたしますので、ご検討のほどよろしくお願い申し上げます。", "email"),
    # says it goes to many: 色々な業界の方にお話を伺っています
    ("はじめまして、就職活動中の大学生です。さまざまな業界の社会人の方にお話を伺っています。30分ほどお時間いただけないでしょうか。", "linkedin-note"),
    # つながっていただけますと幸いです and つながりを広げたい are stock; 同窓生の方と幅広く is everyone
    ("はじめまして。営業支援サービスを提供しております株式会社アクセルの田村です。様々な業界の方とつながりを広げたいと考えております。"
     "ぜひつながっていただけますと幸いです。よろしくお願いいたします。", "linkedin-note"),
    ("はじめまして。同窓生の方と幅広くつながりたいと思い、申請させていただきました。今後ともよろしくお願いいたします。", "linkedin-note"),
    # ご担当者様, a student introducing themself without a name, nothing about the company
    ("件名：OB訪問のお願い\n\nご担当者様\n\n突然のご連絡失礼いたします。就職活動中の大学3年生です。\n貴社の事業内容に大変魅力を感じております。\n"
     "つきましては、社員の方にOB訪問のお時間をいただきたく、ご連絡いたしました。\nご検討のほど、よろしくお願いいたします。", "email"),
    # a mail to whoever has a condition, or a newsletter: お世話になっております is no tie there
    ("お世話になっております。弊社サービスのご案内です。業務効率化にお悩みの方に最適なソリューションをご提供しております。ご興味があればお気軽にご連絡ください。",
     "linkedin"),
    ("お世話になっております。\n弊社の最新ニュースをお届けします。\n気になる内容がございましたら、お気軽にご連絡ください。\n今後ともどうぞよろしくお願いいたします。",
     "generic"),
    # asks everyone at once (広く募集); joins everyone (様々な業界の方とつながり)
    ("突然のご連絡失礼いたします。\n私たちは社会課題の解決を目指す学生団体です。\n現在、活動資金をご支援いただける企業様・個人様を広く募集しております。\n"
     "よろしくお願いいたします。", "linkedin-note"),
    ("はじめまして。新入社員の青木と申します。\n様々な業界の方とつながり、視野を広げたいと考えております。\nぜひつながっていただけますと幸いです。",
     "linkedin-note"),
    ("はじめまして。幅広い業界の方と繋がりたく、申請させていただきました。ご縁があれば情報交換できれば幸いです。今後ともよろしくお願いいたします。", "linkedin-note"),
    ("突然のご連絡失礼いたします。ネットワークを広げたく、ご連絡いたしました。何かの機会にご一緒できれば幸いです。よろしくお願い申し上げます。", "linkedin"),
    ("はじめまして！同じ業界で働く者として、ぜひつながりましょう！よろしくお願いします！", "linkedin-note"),
    ("はじめまして。ご経歴を拝見し、大変興味を持ちました。魅力的なポジションを多数ご用意しております。ご興味があれば、お気軽にご返信ください。", "linkedin"),
    ("ご担当者様\n\n突然のご連絡失礼いたします。株式会社ネクストの営業、鈴木と申します。\n貴社のますますのご発展に貢献できればと考えております。\nご興味がございましたら、お気軽にご連絡ください。\n何卒よろしくお願い申し上げます。", "email"),
    ("はじめまして。共通の友人が多かったので、友達申請しました。よろしくお願いします。", "facebook"),
    ("はじめまして。いつも投稿を拝見しています。今後ともよろしくお願いいたします。", "x"),
    ("突然の申請失礼します。人脈を広げたく申請しました。よろしくお願いします。", "linkedin-note"),
    ("拝啓 時下ますますご清栄のこととお慶び申し上げます。突然のご連絡にて失礼いたします。今後とも何卒よろしくお願い申し上げます。敬具", "email"),
    ("はじめまして。プロフィールを拝見してご連絡しました。機会があれば、ぜひ一度お話しできれば嬉しいです。よろしくお願いします。", "linkedin"),
    ("はじめまして。大学3年生です。ご縁があればと思い、申請させていただきました。いろいろと学ばせていただければ幸いです。よろしくお願いいたします。", "linkedin-note"),
    ("採用ご担当者様\n\nはじめまして。山本と申します。\n御社の求人に興味を持ちました。\nご縁がありましたら、ぜひよろしくお願いいたします。\n\n山本 健太\nyamamoto@example.com", "email"),
    ("{{first_name}}さん\n\nはじめまして。ご経歴を拝見し、ぜひつながりたいと思いご連絡しました。\n今後ともどうぞよろしくお願いいたします。", "linkedin"),
    # stock social notes
    ("友達申請失礼します！いろいろと勉強させていただきたいです。今後ともよろしくお願いします！", "facebook"),
    ("はじめまして！素敵な投稿をいつも拝見しています。ぜひお友達になっていただけたら嬉しいです。よろしくお願いします！", "facebook"),
    # a sales pitch about the sender, nothing about the reader; a mail-merge template's お世話になっております
    ("ご担当者様\n\n突然のご連絡失礼いたします。株式会社ネクストソリューションズ営業部の木下と申します。\n"
     "弊社は、法人向けにさまざまなITソリューションを提供しております。\n"
     "つきましては、一度30分ほどオンラインでお打ち合わせのお時間を頂戴できませんでしょうか。\n"
     "ご検討のほど、よろしくお願いいたします。", "email"),
    ("{{company}} ご担当者様\n\nいつもお世話になっております。株式会社ロジックスの営業部です。\n"
     "物流コストの高騰にお悩みではありませんか。\n弊社では、配送ルートの最適化により、多くの企業様のコスト削減を支援してまいりました。\n"
     "{{company}}様にも、きっとお役に立てると確信しております。\nご興味がございましたら、本メールにご返信ください。", "email"),
    # freshly phrased but generic from end to end: nothing about the reader, not one concrete detail
    ("はじめまして。ご経歴を拝見して、とても感銘を受けました。私も日々学びを大切にしています。お互いに高め合える関係になれたら嬉しいです。", "linkedin"),
    ("はじめまして。いつも前向きな投稿に元気をもらっています。私も見習って毎日頑張っています。これからも応援しています。", "x"),
    # the sender's own product in quotes is not the reader's work
    ("はじめまして。\n勤怠管理サービス「ラクタイム」の佐藤です。\n幅広い業界の方と繋がりたく、申請させていただきました。\n今後ともよろしくお願いいたします。", "linkedin"),
    # a short request is aimed at the reader, not a line about the sender; stock X follow-backs
    ("はじめまして。多方面で活躍されている方々とつながり、見識を深めたいと考えております。よろしければ、つながっていただけますと幸いです。", "linkedin-note"),
    ("いつも有益な発信ありがとうございます！毎回学びがあります。よかったら相互フォローお願いします！", "x"),
    # written to whoever reads it: a reader picked by a condition, not by name
    ("はじめまして！このたび、資産運用セミナーのご案内をお送りしています。老後のお金に不安をお持ちの方に、ぴったりの内容です。"
     "ご興味のある方はお気軽にご連絡ください。", "facebook"),
    ("〇〇さん、こんにちは！今年も年末の清掃ボランティアを募集しています。お時間のある方は、ぜひご参加ください。"
     "詳細はページの投稿をご覧ください。", "facebook"),  # the page's post is the sender's, pointed to
    # to ご担当者様 from someone who introduces themselves, with not one concrete line (a 30分 call is none)
    ("件名：ヒアリングのお願い\n\nご担当者様\n\nはじめまして。株式会社ビズサーチの渡部と申します。現在、企業のDX推進に関する調査を行っております。"
     "つきましては、貴社の課題について30分ほどお話を伺えないでしょうか。\n\nご検討のほど、よろしくお願いいたします。", "email"),
    # an audience of 様 and 皆様; the date in a 日時： block is the sender's event, not a shared occasion
    ("ご担当者様\n\nこのたび、経営者様向けの無料セミナーを開催する運びとなりました。毎回満席となる人気のセミナーです。"
     "皆様のご参加を心よりお待ちしております。\n\n日時：4月25日（火）14時〜15時30分", "email"),
    # to 事業者の皆様, お世話になっております is everyone's greeting; さまざまな方にご連絡しております
    ("件名：夏祭り協賛のお願い\n\n事業者の皆様\n\nいつもお世話になっております。本年も夏祭りを開催する運びとなりました。"
     "つきましては、地域の皆様のお力添えをいただきたく、協賛のお願いを申し上げます。ご協力のほど、何卒よろしくお願い申し上げます。", "email"),
    ("〇〇様\n\nはじめまして。地元で整体院を営んでいる者です。地域の皆様の健康づくりに貢献したいと考え、さまざまな方にご連絡しております。"
     "何かご一緒できることがあれば幸いです。", "email"),
    # to ご担当者様, お世話になっております is the greeting; ご活躍の皆様のご意見を: written to many
    ("ご担当者様\n\n平素より大変お世話になっております。株式会社リサーチプラスです。このたび、企業のDX推進に関するアンケートを実施しております。"
     "各業界でご活躍の皆様のご意見をお聞かせください。\n\n何卒よろしくお願い申し上げます。", "email"),
    # the sender's own seminar in quotes is not the reader's work
    ("突然のご連絡失礼いたします。弊社は企業のDX推進をご支援しております。このたび、無料ウェビナー「はじめての生成AI」を開催いたします。"
     "ご興味がございましたら、お申し込みください。今後ともよろしくお願いいたします。", "linkedin"),
    # to ご担当者様, 平素より大変お世話になっております is the role's greeting: nothing else is about anyone
    ("ご担当者様\n\n平素より大変お世話になっております。\n弊社は幅広い業界向けに人材サービスを提供しております。\n"
     "お困りのことがございましたら、お気軽にご相談ください。\n何卒よろしくお願い申し上げます。", "email"),
    # 皆様のお役に立てる: a product announced to everyone
    ("お世話になっております。この度、弊社では新しいサービスをリリースいたしました。皆様のお役に立てるサービスとなっておりますので、"
     "ぜひ一度ご覧ください。今後ともよろしくお願いいたします。", "facebook"),
    # to ご担当者様: the sender's own product named is the same pitch to every reader
    ("ご担当者様\n\n突然のご連絡失礼いたします。\n株式会社セールスネクストの山本と申します。\n"
     "弊社は、営業活動の効率化を支援するクラウドサービス「ネクストCRM」を提供しております。\n"
     "多くの企業様にご導入いただき、商談数の増加など多数の成果が出ております。\n貴社におかれましても、きっとお役に立てるものと存じます。\n"
     "資料を無料でお送りしますので、ご希望の際は本メールにご返信ください。\n\n何卒よろしくお願い申し上げます。", "email"),
    # the sender's own record (削減の実績がございます) is nothing about the reader
    ("はじめまして。\nこのたびはご縁があり、ご連絡させていただきました。\n弊社は業務効率化を支援するITソリューションを提供しております。\n"
     "多くの企業様でコスト削減の実績がございます。\n今後、何かお役に立てることがあればと思い、申請いたしました。\nぜひつながっていただけますと幸いです。",
     "linkedin-note"),
    # to あなた, nobody in particular: the 30分 of a call asked for is no detail
    ("こんにちは！\nあなたの素晴らしいご経歴を拝見し、ぜひお声がけしたくご連絡いたしました。\n私は外資系IT企業を中心に、人材のご紹介をしております。\n"
     "まずは30分のオンライン面談でお話ししましょう。\n素敵なご縁になれば幸いです。", "linkedin"),
    # 日頃のご発信 is no piece of their work
    ("はじめまして。立教大学 経営学部3年の野村と申します。\n素晴らしいご経歴を拝見し、ぜひつながりたいと思いご連絡いたしました。\n"
     "日頃のご発信からも、多くのことを学んでおります。\n今後ともどうぞよろしくお願いいたします。", "linkedin"),
    # the sender's own résumé (私は…10年以上の経験) is the same to every reader
    ("はじめまして。人脈を広げたいと思い、ご連絡させていただきました。私は金融業界で10年以上の経験があり、資産運用や保険についての幅広い知識を持っております。"
     "何かお役に立てることがあればお気軽にご連絡ください。今後ともよろしくお願いいたします。", "linkedin"),
    ("貴殿のご経歴を拝見し、ぜひ一度ご挨拶したくご連絡いたしました。私はグローバルな視点を持ったビジネスパーソンとして、"
     "日本と海外の架け橋になりたいと考えております。今後ともよろしくお願い申し上げます。", "linkedin"),
    # はじめまして and a resend of the sender's own message: no tie
    ("はじめまして。Webマーケ職を探している者です。先週お送りしたメッセージの続きですが、御社で募集中のポジションに推薦していただけないでしょうか。"
     "職務経歴書はすぐにお送りできます。", "linkedin-note"),
    # お世話になっております to nobody named, then only stock lines: a notice to whoever it goes to
    ("お世話になっております。\nこのたび一身上の都合により退職し、新しい環境で挑戦することとなりました。\n在職中に賜りましたご厚情に心より御礼申し上げます。\n今後とも変わらぬお付き合いのほど、よろしくお願い申し上げます。", "linkedin"),
    ("いつもお世話になっております。\nこの度、勤めていた会社を退職し、独立いたしました。\nこれまで賜りましたご厚情に深く感謝申し上げます。\n今後ともご指導ご鞭撻のほど、よろしくお願い申し上げます。", "email"),
    # the sender named in a short でございます line; the market in general (近年、多くの企業様が…) and a track record in numbers
    ('ご担当者様\n\nいつも大変お世話になっております。\n株式会社ミナトテックの営業担当でございます。\n弊社では現在、稼働可能なエンジニアが多数おります。\n案件がございましたら、ぜひお声がけください。\n今後ともよろしくお願いいたします。', 'email'),
    ('ご担当者様\n\n突然のご連絡失礼いたします。\n株式会社サンライズ 営業部でございます。\n近年、多くの企業様が人材不足という課題を抱えていらっしゃいます。\nこれまで累計300社以上の企業様の採用をご支援してまいりました。\nぜひ一度、お打ち合わせのお時間をいただけますと幸いです。', 'email'),
    ('ご担当者様\n\n突然のご連絡失礼いたします。株式会社ミライ総研でコンサルタントをしております、森と申します。\n昨今、多くの企業様が業務のデジタル化に取り組まれています。\n弊社はそのような企業様に向けて、構想から定着までご支援しております。\nご興味がございましたら、ぜひ一度お話をお聞かせください。', 'email'),
    # 同じ大学の出身ということで: true of everyone on an alumni list, nothing about this reader
    ('はじめまして。\n同じ大学の出身ということで、つながりを申請しました。\n今後、何かの機会にご一緒できればうれしいです。\nどうぞよろしくお願いいたします。', 'linkedin'),
    ('はじめまして！\n同じ高校の卒業生として、ぜひ交流させてください。\nお互いにとってプラスになる関係を築けたらうれしいです。\nお気軽にご連絡ください！', 'generic'),
    # a mail to a lab's ご担当者様: whoever among its students is interested (ご興味のある学生の方), a URL in every copy
    ("件名：【夏期インターンシップのご案内】\n\n研究室ご担当者様\n\n平素より大変お世話になっております。\n株式会社サンプルテック 採用担当でございます。\n"
     "弊社では、研究に打ち込む学生の皆様が実務に触れられる夏期インターンシップを開催しております。\n貴研究室の皆様のご活躍を拝見し、ぜひご案内したくご連絡いたしました。\n"
     "ご興味のある学生の方がいらっしゃいましたら、下記URLよりお申し込みください。\n\nhttps://example.com/summer\n何卒よろしくお願いいたします。", "email"),
    ("件名：研修のご案内\n\n研究室ご担当者様\n\n平素より大変お世話になっております。\n株式会社サンプルテック 人材開発部でございます。\n弊社では、若手研究者向けの研修を開催しております。\n"
     "貴研究室のご研究を拝見し、ぜひご案内したくご連絡いたしました。\n詳細は下記URLをご覧ください。\n\nhttps://example.com/kenshu\n何卒よろしくお願いいたします。", "email"),
    # ご縁がございましたら, 幅広い業界の皆様と: the stock phrases in their other wording
    ("新しい職場で日々勉強しております。幅広い業界の皆様と交流し、視野を広げたいと考えております。ご縁がございましたら、ぜひつながりをお願いいたします。", "linkedin-note"),
    # 経営者様を対象に, 皆さまに…をご案内しています: written to a list
    ("経営者様\n\n平素より大変お世話になっております。\nこのたび当事務所では、中小企業の経営者様を対象に、各種助成金の受給可能性を無料で診断するサービスを開始いたしました。\nまずはお気軽にお問い合わせください。\n\nさくら社労士事務所\nTEL 0120-00-3901", "email"),
    ("はじめまして。\n外資系企業にお勤めの皆さまに、オンライン英語コーチングをご案内しています。\n1日15分で英語会議に自信が持てるプログラムです。\nご興味があれば、下記のリンクからお申し込みください。", "linkedin"),
]

FORM_LETTER_VALID = [
    # their book named as what helped (ご著書のおかげで)
    ("突然のメッセージ、本当に申し訳ありません。お忙しいところ恐縮です。先生のご著書のおかげで無事に転職できたことを、どうしてもお伝えしたくて。長々と失礼いたしました。", "facebook"),
    # their news, named by what it says (という…ニュースを拝見し)
    ("突然のご連絡失礼いたします。弊社は小売業向けに需要予測システムの導入支援を行っておりまして、今回御社が新しい物流拠点を稼働されるというニュースを拝見し、"
     "在庫の最適化でお困りのことがあるのではないかと思い、ご連絡させていただきました。ぜひ一度お話しできれば幸いです。", "linkedin"),
    # news in kanji numerals (三代目) is a concrete detail; 昨年に引き続き is dealings that go back a year
    ("来年から、祖父の工房を継いで四代目になります。地域の皆さんに支えてもらった工房なので、まずは組合の集まりに顔を出したいと思っています。今後ともよろしくお願いします。", "facebook"),
    ("ご担当者様\n\n昨年に引き続き、今年も夏祭りの協賛のご相談をさせていただければと思います。詳しい資料をお送りしますので、ご検討ください。", "facebook"),
    # their slides named by what they did (整理された): specific
    ("はじめまして。小売で価格設計を担当している井上です。値引きの心理を整理されたスライド、社内の議論で何度か引用させてもらっています。今後ともよろしくお願いします。", "linkedin-note"),
    # a follow thanked with something about the reader's work
    ("フォローありがとうございます！先月の展示で拝見した藍染めのストール、色の重ね方が印象的でした。", "x"),
    # what their post said, by its subject, after letter boilerplate
    ("拝啓 時下ますますご清栄のこととお慶び申し上げます。さて、このたび貴殿のご投稿を拝読し、地方銀行の再編に関するご見解に深く感銘を受けました。"
     "今後ともご指導ご鞭撻のほどよろしくお願い申し上げます。敬具", "linkedin"),
    # what the reader's company is doing is about them
    ("採用ご担当者様\n\nはじめまして。ドラッグストアで10年間、店舗運営をしてきた三宅と申します。\n御社が地方の調剤薬局チェーンで進められている"
     "在宅訪問サービスに強く関心があり、ご連絡しました。\n\n三宅", "email"),
    # news for a group it names, full of concrete detail
    ("中小企業ネットワーク会員の皆さま\n\nいつもお世話になっております。事務局の今井です。\n来月1日より、会員向けポータルサイトをリニューアルします。\n"
     "ログインIDがメールアドレスに変わります。\nサポート窓口は0570-064-218（平日10時〜17時）です。\n今後ともよろしくお願いいたします。", "email"),
    # an X DM is short: one stock greeting and casual lines without a proper noun is how people write there
    ("はじめまして！いつも写真拝見してます。光の使い方が本当に素敵です。今度の撮影会、もし空きがあれば見学させてもらえませんか？", "x"),
    ("はじめまして。プロフィールを拝見し、子育てをしながらマネージャーをされているという投稿に励まされました。ぜひつながらせてください。", "linkedin-note"),
    ("はじめまして。ゴルフがご趣味とプロフィールで拝見し、ご連絡しました。私も週末はコースに出ています。ぜひつながってください。", "linkedin-note"),
    # an update to the project's own backers is not a form letter
    ("【活動レポート】ご支援いただいた皆さまへ\n\n皆さまのご支援で修理したバスが、10月から町内の6地区を巡回しています。\n"
     "リターンの発送は11月中旬の予定です。お届け先の変更がある方は、プロジェクトページからお知らせください。", "generic"),
    # the reader's work, named in ways the stock lines do not cover
    ("はじめまして、ファンドの東です。御社が先月公開した農業用ドローンの検証結果、非常に興味深く読みました。投資先の農業法人が実証フィールドを提供できるかもしれません。"
     "よろしければつながってください。", "linkedin-note"),
    ("はじめまして。昨日の事業承継についてのスレッド、現場の実感と重なる内容でした。弊社でも同様の事例を扱っています。よろしければ一度情報交換しませんか。", "x"),
    ("謹啓　時下ますますご清栄のこととお慶び申し上げます。\n平素は格別のお引き立てを賜り、厚く御礼申し上げます。\n"
     "さて、先般の経済フォーラムにおきましては、貴台のご講演を拝聴し、誠に光栄に存じました。\n今後とも何卒ご指導ご鞭撻のほどお願い申し上げます。\n謹白",
     "linkedin"),
    ("@yuki_dev 昨日のRust勉強会のLT、所有権の図がわかりやすかったです！相互フォローお願いします！", "x"),
    ("はじめまして。現在、転職活動中です。北村さんの「SREの始め方」を読み、ぜひつながっていただけますと幸いです。", "linkedin-note"),
    ("佐藤様、はじめまして。今後ともよろしくお願いいたします。", "linkedin"),  # a name is specific
    ("@sato_dev はじめまして。いつも拝見しています。私も日々勉強中です。今後ともよろしくお願いいたします。", "x"),  # so is their handle
    ("はじめまして。先日のPyCon JPでの「型ヒントの段階的導入」のご発表、とても参考になりました。ぜひつながらせてください。", "linkedin-note"),
    ("はじめまして。データ分析の発信、いつも勉強になっています。よろしくお願いします。", "x"),
    ("先日の勉強会ではありがとうございました。今後ともよろしくお願いいたします。", "linkedin-note"),
    ("はじめまして。同じ大学の後輩です。よろしくお願いします。", "linkedin-note"),
    ("はじめまして。株式会社ABCの山田と申します。物流倉庫向けに、ピッキングの歩行距離を3割減らすレイアウト診断を提供しています。無料の簡易診断レポートをお送りできますので、ご興味があればお知らせください。", "email"),
    ("はじめまして。12月3日のDevelopers Summitで名刺交換させていただいた田中です。よろしくお願いいたします。", "linkedin-note"),
    ("ありがとうございます。承知しました。", "generic"),
    ("お世話になっております。資料を添付いたしました。ご確認のほどよろしくお願いいたします。", "email"),
    ("@kenta_dev はじめまして！kentaさんの「Goで書くCLIツール」の記事、すごく分かりやすかったです。", "x"),
    ("はじめまして。中田さんの紹介でご連絡しました。よろしくお願いします。", "linkedin"),
    ("はじめまして。御社のRustで書かれた検索エンジンのOSSを業務で使っています。ぜひつながらせてください。", "linkedin-note"),
    ("はじめまして。私はバックエンドエンジニアとして5年間、決済システムの開発に携わってきました。最近はKotlinでのマイクロサービス設計に関心があり、個人でも検証を進めています。よろしくお願いします。", "linkedin"),
    ("よろしくお願いします。", "generic"),
    # お世話になっております outside a template still ties a routine mail to its reader
    ("いつもお世話になっております。弊社は法人向けにさまざまなソリューションを提供しております。ご興味があればご連絡ください。よろしくお願いいたします。", "email"),
    # one concrete detail about the sender is enough to show the note was written, not pasted
    ("はじめまして。Rustで組み込み開発をしている者です。いつも前向きな投稿に元気をもらっています。私も見習って毎日頑張っています。", "x"),
    # the sender's plan with a concrete detail is written, not pasted
    ("はじめまして。私たちは来月、横浜で物流ロボットの実証実験を始めます。見学枠を3名分ご用意できます。よろしくお願いいたします。", "email"),
    # a company named in katakana (UniDic reads it as common nouns) is a concrete detail
    ("はじめまして。メルカート社の決済基盤チームに興味があり、ご連絡しました。現在転職活動中のため、お話を伺えたら嬉しいです。", "linkedin-note"),
    # to ご担当者様, but with concrete lines about the work asked for
    ("株式会社テックアサイン\nエンジニア案件ご担当者様\n\nはじめまして。フリーランスの長谷川と申します。\n"
     "御社の公開案件一覧で、物流SaaSのAWS移行案件（TA-2291）を拝見し、ご連絡しました。\n"
     "2022年にはオンプレからAWSへの全面移行を担当し、インフラ費用を約35%削減しました。\nご検討いただけますと幸いです。", "email"),
    # an announcement naming the companies the sender left and joined is written by someone
    ("拝啓 新緑の候、皆様にはますますご健勝のこととお慶び申し上げます。さて、私こと三月末日をもちまして株式会社ハナブサ商事を退社し、"
     "四月一日より株式会社コトノハにて勤務することとなりました。在職中は格別のご厚情を賜り、厚く御礼申し上げます。\n敬具", "facebook"),
    # a lone group salutation is no message
    ("皆様", "email"),
    # an X post is written to whoever reads it
    ("来月の勉強会でLTしてくださる方を募集しています。テーマはWeb系なら何でもOKです。興味のある方はDMください！", "x"),
    # what the sender learned from their article is about the reader
    ("株式会社ブルー\n採用ご担当者様\n\n突然のご連絡失礼いたします。デザイナーの佐伯と申します。\n"
     "貴社のnote記事で、アプリのリニューアル案件が増えていると拝見しました。\n"
     "ご興味をお持ちいただけましたら、オンラインでお話しできれば嬉しいです。", "email"),
    # ご担当者様 alone is no stranger: an invoice to a client's accounting team
    ("株式会社ミックス\n経理ご担当者様\n\nお世話になっております。Webライターの三宅です。\n6月分の請求書を添付いたします。\n"
     "よろしくお願いいたします。", "email"),
    # to ご担当者様 with お世話になっております and concrete business: a client's mail
    ("ご担当者様\n\nお世話になっております。先日ご注文いただいた名刺500枚について、3月12日に発送いたしました。\n"
     "追跡番号は別途お送りします。\nよろしくお願いいたします。", "email"),
    # letter-formal on X (too-stiff's), but it names the reader's work: their thread, their report (ご報告)
    ("拝啓 時下ますますご清栄のこととお慶び申し上げます。突然のDMにて恐縮です。先生の感染対策のスレッドを拝読いたしました。敬具", "x"),
    ("拝啓 時下ますますご清栄のこととお慶び申し上げます。突然のDMにて失礼いたします。小生、大学院生の岸と申します。貴殿の地方移住のご報告を毎回拝読しております。敬具",
     "x"),
    # a notice to a group it names, not one stock phrase besides the lines that address the group
    ("サポーターの皆さま\n\n今週土曜の清掃活動は、雨の予報のため来週土曜に延期します。\n軍手とゴミ袋は集会所で預かっています。\n"
     "参加できる方は、当日9時に公園の入口に集まってください。", "email"),
    # their work named by a compound (統計教育の実践報告)
    ("はじめまして。社会人向けに講座を教えている今村です。先生の統計教育の実践報告、実データを集めさせる工夫が参考になりました。"
     "まずは情報交換できたらうれしいです。", "linkedin-note"),
    # a notice to a group whose only stock sentence is the closing
    ("保護者の皆さま\n来週の授業参観についてお知らせします。当日は3時間目が算数です。上履きをお持ちください。よろしくお願いいたします。",
     "facebook"),
    # an offer of material about the reader's field, with a call of 15分: not written to nobody
    ("はじめまして。御社の物流DXについて、弊社の導入事例をまとめた資料を共有できます。ご興味があれば15分ほどお時間をいただけますか。", "email"),
    # a team's own minutes after today's regular meeting
    ("皆さま\n本日の定例会議の議事録を共有させていただきます。内容を確認させていただいたうえで、修正点があれば反映させていただきます。\n"
     "ご不明点はお気軽にお声がけください。", "generic"),
    # their work named by a compound: 商店街のインタビュー記事, 店舗デザインの実績
    ("はじめまして。商店街のインタビュー記事を拝見しました。空き店舗の活用について話されていたことに、とても共感しました。ぜひつながってください。",
     "linkedin-note"),
    ("はじめまして。来年、地元の商店街で雑貨店を開業予定です。御社の店舗デザインの実績を拝見しました。ぜひつながらせてください。", "linkedin-note"),
    # the same greeting with dealings recalled (先日ご提案した, 御社を担当), or to a reader named
    ("お世話になっております。\n先日ご提案した研修プランの件、社内でご検討いただけましたでしょうか。\n今後ともよろしくお願い申し上げます。", "email"),
    ("お世話になっております。\n本日付で営業二課に異動し、今後は御社を担当させていただきます。\n改めてご挨拶に伺えれば幸いです。\n今後ともよろしくお願い申し上げます。", "linkedin"),
    ("佐久間様\n\nお世話になっております。\nこのたび一身上の都合により退職し、新しい環境で挑戦することとなりました。\n今後とも変わらぬお付き合いのほど、よろしくお願い申し上げます。", "linkedin"),
    # a shared occasion named as a 研修会 (with the reader's talk heard there) is about the reader
    ("謹啓 時下ますますご清祥のこととお慶び申し上げます。先般の診断士協会の研修会にてご講演を拝聴いたしました。今後ともご指導のほど、よろしくお願い申し上げます。謹白", "linkedin-note"),
    # a long でございます line that tells where they met is not a bare self-introduction; nor is …次第でございます
    ('拝啓\u3000貴社ますますご清栄のこととお慶び申し上げます。\nさて、先月の名古屋ものづくりピッチにて、審査員としてご講評を賜りました株式会社ミドリ工房の井上でございます。\nご指摘いただいた価格設定について、見直し案がまとまりましたのでご報告申し上げます。\n敬具', 'linkedin'),
    ('拝啓\u3000新緑の候、貴殿におかれましてはご健勝のこととお慶び申し上げます。\nさて、先般の異業種交流会で名刺を頂戴したご縁から、本日こうしてご連絡いたした次第でございます。\n今後ともご指導ご鞭撻のほど、よろしくお願い申し上げます。\n敬具\n石川', 'linkedin'),
    # 同じ大学のボート部出身: a club, a tie to this reader
    ('はじめまして。同じ大学のボート部出身と知って申請しました。あの朝練は本当にきつかったですね。今はお互いIT業界ですね。機会があればお話を聞かせてください。', 'linkedin-note'),
]


@pytest.mark.parametrize("text,platform", FORM_LETTER_INVALID)
def test_form_letter_fires(text, platform):
    assert len(_fired("form-letter", text, platform)) == 1, text


@pytest.mark.parametrize("text,platform", FORM_LETTER_VALID)
def test_form_letter_quiet(text, platform):
    assert _fired("form-letter", text, platform) == [], text


def test_form_letter_reports_first_stock_sentence_with_counts():
    text = "ご担当者様\n\n株式会社ネクストの鈴木と申します。\n突然のご連絡失礼いたします。\nご縁があれば情報交換できれば幸いです。\n今後ともよろしくお願いいたします。"
    (f,) = _fired("form-letter", text, "email")
    # ご担当者様 is itself a stock salutation; the self-introduction counts neither way.
    assert f.excerpt == "ご担当者様" and (f.line, f.column) == (1, 1)
    assert "4文中4文" in f.message


def test_form_letter_phrases_are_data():
    text = "はじめまして。ぜひつながりましょう。"
    assert _fired("form-letter", text)
    assert lint_text(text, select=["form-letter"], options={"form-letter": {"stock-phrases": ["拝啓"]}}) == []


# == template-placeholder ========================================================================
PLACEHOLDER_INVALID = [
    # a merge field inside a 【】 label is a slot, even with a date after it
    "【{{lab}}】12月の公開講座のお知らせ",
    "先日はありがとうございました。詳細は事務局からお送りします。\n\n防災士会 事務局 野村\nTEL: 0X-XXXX-XXXX",
    "共有させてください。【候補日】あたりで30分ほどいかがでしょうか。",
    "日程は【候補日を3つ入れる】のいずれかでいかがでしょうか。",
    "登壇資料はこちら→ [URLを貼る]　アンケートへのご協力もお願いします。",
    "[先輩の名前]さん、ご無沙汰しています！",
    "今週末から [コラボ先の店名] さんとのコラボ焼き菓子を販売します！",
    "日高様のお店の[好きなメニューを具体的に]がとても印象に残っています。",
    "はじめまして、[ブランド名]の広報担当です。",
    "[先生のお名前]先生\nはじめまして。",
    "[先生のお名前]先生\n\nはじめまして。ご論文を拝読しました。",  # a possessive inside the slot
    "お世話になります。先日の＜展示会名＞では、弊社ブースにお立ち寄りいただきありがとうございました。",
    "件名：「〇〇様」へのご提案\n\nはじめまして。",  # quoted, but still the message's own slot
    "〇〇様\n\nはじめまして。貴社の取り組みに感銘を受けました。",
    "{{company}}の皆様、突然のご連絡失礼いたします。",
    "[名前]さん、先日はありがとうございました。",
    "XX社でエンジニアをされている方にお話を伺いたく、ご連絡しました。",
    "{氏名}様\nはじめまして。先日、{会社名}様が公開されたホワイトペーパーを拝読しました。",
    "弊社はこれまで【ここに具体的な実績を入れる】の支援実績があります。",
    "次回の打ち合わせですが、〇月〇日の午後はいかがでしょうか。",
    "〇〇さんのようなエンジニアになりたいと思い、ご連絡しました。",
    "＜相手の名前＞様\n\n高校の同級生の大川です。",
    "@{{handle}} はじめまして！先日のGo Conferenceでの発表、とても面白かったです。",
    "【会社名】\n人事部 ○○様\n\nはじめまして。",
    "[Name]さん、はじめまして。XXX大学XXX学部3年の佐野と申します。",
    "次回は＿＿月＿＿日（＿）の午後はいかがでしょうか。",
    "%FIRST_NAME%様、はじめまして。",
    # any bracketed word for a name, where a name and its honorific go
    "＜投資家名＞様\n先日はピッチイベントでありがとうございました。",
    "[団体名]御中\n\n寄付のお願いです。",
    "来月の相談会は[日付・時間]に開催します。",
    "【採用】<職種名>を募集しています！弊社は<業界>のリーディングカンパニーとして急成長中。興味ある方はDMへ！",
    # the successor's name left as a slot
    "私事ですが、今月末をもって退職いたします。後任は[後任者名]が務めますので、引き続きよろしくお願いいたします。",
    "新しい担当は【後任の担当者名】です。近日中に改めてご挨拶に伺います。",
    "お申し込みはこちら→ <connpassのURL> #高松もくもく会",
    "次回は12月に開催予定です。改めてご相談させてください。\n\n【団体名】\n事務局 長谷部 花",
    "石田様の（最近の投稿のテーマ）についての投稿を拝見し、とても共感しました。",
    "先日の[研修名]でのご講義が受講者アンケートで最も評価が高く、ぜひお願いしたいと考えました。",
    # what goes there described (<具体的な実績>) and a note to self (（※…を一言入れる）)
    'はじめまして。エンジニア専門エージェントの関です。木村さんの<具体的な実績>を拝見し、ご紹介したい企業があります。',
    'はじめまして！キャリアアドバイザーの堀内です。（※相手の投稿内容を一言入れる）の投稿、とても共感しました。',
    # [プロジェクト名], （論文タイトル）
    'はじめまして。[プロジェクト名]での石材の使い方を拝見し、感銘を受けました。',
    'はじめまして！（論文タイトル）を拝読し、とても勉強になりました。',
    # the sender's own name left as a slot ([あなたの名前]) in the signature
    "本日はメンター面談のお時間をいただき、ありがとうございました。\n\n[あなたの名前]",
    # the same tag inside the body is a note left in the draft
    "お見積り金額は【要確認】円となります。",
    # numbered date slots (【候補日1】)
    "一度オンラインで概要をご説明できればと思い、候補日を挙げます。\n・【候補日1】\n・【候補日2】",
    # four Xs standing for a name before a particle (XXXXで創業支援を担当)
    "千葉さんは、XXXXで創業支援を担当されている方で、私の銀行時代からの知人です。",
]

PLACEHOLDER_VALID = [
    "来月のMeetupでJinja2の落とし穴についてLTをします。{{ variable }} の自動エスケープが効かないケースをデモで紹介します。",
    "音の仕事をしていると、「音を入れる枠がない」と相談されることがよくあります。",  # quoted speech, not a note to self
    "佐藤様\n\nはじめまして。貴社の取り組みに感銘を受けました。",
    "一斉送信で宛名が「〇〇様」のまま届いたメールは読まれない。送る前に自分宛てにテストしよう。",  # talked about
    "【ご相談】先日のイベントでお話しした件について",
    "2000年（二〇〇〇年）創業の御社の歴史に関心があります。",
    "電話番号は090-****-5678のように伏せてお送りします。",
    "**締切は12月10日です。** 当日は`f\"{name}\"`の書き方から説明します。",
    "■■■■■■■■■■\n勉強会のお知らせ\n■■■■■■■■■■",
    "■■■ イベント概要 ■■■\n日時：12月3日 19:00〜",
    "XXLサイズのTシャツをノベルティとしてお送りします。",
    "以前、××社（社名は伏せます）の案件で同じ課題に取り組みました。",
    "LTでは○×クイズ形式で型推論を紹介します。",
    "`__init__.py` と snake__case の話は次回にします。お手数ですが m(__)m",
    "詳しくは[こちらの記事](https://example.com/post)をご覧ください。",
    "<title>タグの書き方についての記事、参考になりました。",
    # a label with its value, or a heading line: a filled form
    "【日時】6月3日（火）14:00〜16:00\n【会場】市民会館 2階",
    "【日程】\n6月3日（火）\n6月5日（木）",
    "【お名前】山田太郎\n【ご所属】株式会社サンプル",
    "Windowsでは %PATH% に追加してください。",
    "```\nconst greet = (name) => `Hi ${name}`;\n```\nのように書けます。",
    # template syntax talked about, the tool named in the sentence
    "Ansibleで{{ inventory_hostname }}を使うと、ホストごとに設定を変えられます。",
    "Jinja2の{{ user.name }}の書き方を解説した記事、助かりました。",
    # a path parameter of an API, not a slot
    "エンドポイントは /v1/orders/{order_id} の形式で、認証はOAuth2です。",
    # a Python f-string being taught
    "print(f'こんにちは、{name}さん') のように、変数名を中括弧で囲んでください。",
    # merge fields named in quotes, as the subject of the sentence
    "冒頭の「{{name}}様」と「{{company}}」は、送信ツールが自動で差し込みます。",
    "【代表者名】山田太郎\n【所在地】大阪市北区梅田1-2-3",  # a filled form: label then value
    "初LTの方も大歓迎。「〇〇やってみた」系のネタもOKです。",  # a kind of talk named by its pattern
    "「〇〇さんに聞けばわかる、と言われる人になれ」という投稿、新人教育でそのまま使わせてもらいました。",  # a saying quoted
    # a name's role after it (中野 様（ご紹介者）): the name is filled in
    '件名：Re: 工場見学の日程について\n宛先：松本 様\nCC：中野 様（ご紹介者）\n\n松本様\n\n12月10日の14時でお願いできれば幸いです。',
    # a tag at the head of the subject (件名：【要確認】…) asks the reader to look; it is no note to self
    "件名：【要確認】ツアー帯同PAの件\n\n岡田様\n\nお世話になります。バンド「ハルカゼ」マネージャーの森です。",
    "サイズはXXLとXLの二種類をご用意しています。",
    "QuickJSを使いJavaScriptをByteCodeにしたxxxxを作成し、共有している。",  # lower-case xxxx: "something", in passing
]


@pytest.mark.parametrize("text", PLACEHOLDER_INVALID)
def test_template_placeholder_fires(text):
    assert _fired("template-placeholder", text), text


@pytest.mark.parametrize("text", PLACEHOLDER_VALID)
def test_template_placeholder_quiet(text):
    assert _fired("template-placeholder", text) == [], text


def test_template_placeholder_positions():
    text = "はじめまして。\n{{company}}の{{first_name}}様、XX社の件で"
    got = [(f.excerpt, f.line, f.column) for f in _fired("template-placeholder", text)]
    assert got == [("{{company}}", 2, 1), ("{{first_name}}", 2, 13), ("XX", 2, 29)]


@pytest.mark.parametrize("unit", [
    "【重要】〇〇様 ■■■ {name} [link](u) `x` ",
    "[" * 50 + "ここに" + "(" * 50,
    "```" + "＊" * 40 + "```" + "■" * 30 + "\n",
    "**" + "a" * 70 + "__" + "(" * 3 + "_" * 5,
])
def test_template_placeholder_regexes_are_linear(unit):
    """Every pattern and exception of the rule over ~1 MB of adversarial text, without tokenizing.
    CPU time, not wall time: catastrophic backtracking would be orders of magnitude over the bound."""
    import re

    import tomllib

    from outreach_lint.registry import builtin_rules

    data = tomllib.loads(open(builtin_rules()["template-placeholder"].source, encoding="utf-8").read())
    text = unit * (1_000_000 // len(unit))
    start = time.process_time()
    for pattern in data["patterns"] + data["exceptions"]:
        for _ in re.finditer(pattern, text):
            pass
    assert time.process_time() - start < 15


# == duplicate-draft =============================================================================
SCOUT = ("{name}様\n\nはじめまして。{co}で採用を担当している小野と申します。\n{name}様のご経歴を拝見し、弊社のテックリード職で"
         "ご活躍いただけるのではと思いご連絡しました。\n弊社は飲食店向けの予約SaaSを開発しており、現在エンジニアは40名ほどです。\n"
         "まずは30分ほど、カジュアルにお話しできれば嬉しいです。")
SALES = ("{co}\n{name}様\n\nはじめまして。株式会社クラウドブリッジの長田と申します。\n{co}様のように多店舗展開されている企業様向けに、"
         "シフト管理の自動化ツールをご提供しております。\nご興味がございましたら、15分ほどオンラインでご説明の機会をいただけますと幸いです。\n\n"
         "株式会社クラウドブリッジ 営業部\n長田 浩\nTEL：03-4550-1290（代表）")
DEVREL = ("@{handle} {name}さん、はじめまして。TechBridgeでDevRelをしている村田です。来年2月のオンラインイベントで、{name}さんに"
          "ぜひご登壇いただきたくDMしました。謝礼もご用意しています。ご興味があれば詳細をお送りします。")
OBOG = ("{name}様\n\nはじめまして。慶應義塾大学経済学部3年の安田と申します。\n大学のOB・OG名簿で{name}様のお名前を拝見し、ご連絡いたしました。\n"
        "現在、{co}を含む金融業界を志望しており、実際に働かれている方のお話を伺いたいと考えています。\n"
        "もしご都合がよろしければ、30分ほどお時間をいただけないでしょうか。")

DUPLICATE_INVALID = [  # four mass sends, three copies each: every one of these must be reported
    ("scout", SCOUT.format(name="藤田", co="株式会社ネクストリンク")),
    ("scout", SCOUT.format(name="前田", co="株式会社ネクストリンク")),
    ("scout", SCOUT.format(name="青木", co="株式会社ネクストリンク").replace("嬉しいです", "うれしいです")),
    ("sales", SALES.format(name="星野", co="株式会社ハッピーデンタル")),
    ("sales", SALES.format(name="三宅", co="株式会社フレッシュマート")),
    ("sales", SALES.format(name="土屋", co="カフェ・ド・ソレイユ株式会社")),
    ("devrel", DEVREL.format(handle="aya_hirano", name="平野")),
    ("devrel", DEVREL.format(handle="m_kondo_dev", name="近藤")),
    ("devrel", DEVREL.format(handle="taka_fe", name="高田")),
    ("obog", OBOG.format(name="北村", co="東京中央銀行")),
    ("obog", OBOG.format(name="大橋", co="大洋証券")),
    ("obog", OBOG.format(name="松井", co="みなと信託銀行")),
]

DUPLICATE_VALID = [  # one run with the copies above: none of these may be reported
    "佐藤様\n先日はありがとうございました。お話に出ていたオンコール体制の資料をお送りします。ご確認ください。",
    "高橋さん\nはじめまして。高橋さんが書かれていた「Terraformのモジュール設計」の記事を拝読しました。私たちも同じ分割で悩んでおり、とても参考になりました。",
    "はじめまして。来月のRust勉強会の運営をしている中村です。LT枠が一つ空いたので、もし興味があればお声がけください。会場は渋谷です。",
    # the scout template with a genuinely different body: same opening, different message
    "石井様\n\nはじめまして。株式会社ネクストリンクで採用を担当している小野と申します。\n石井様がRubyKaigiで話されていたGCチューニングの発表を拝見しました。"
    "弊社でも同じメモリ問題に悩んでおり、どのように計測されたのか伺えないでしょうか。",
    # same sender, same signature, different purpose
    "株式会社ハッピーデンタル\n星野様\n\n先日はお打ち合わせのお時間をいただき、ありがとうございました。ご質問いただいた料金体系について、"
    "3店舗以上の場合の割引表を添付いたしました。ご確認ください。\n\n株式会社クラウドブリッジ 営業部\n長田 浩\nTEL：03-4550-1290（代表）",
    # short drafts that repeat but are not mass sends
    "ありがとうございます。",
    "ありがとうございます。",
    "承知しました。よろしくお願いいたします。",
    "承知しました。よろしくお願いいたします。",
    # the same greeting and closing around different bodies
    "はじめまして。データ基盤の移行について、BigQueryからSnowflakeへの切り替えで苦労した点をまとめた記事を拝読しました。差分同期の設計がとても参考になりました。よろしくお願いいたします。",
    "はじめまして。御社のモバイルアプリのオフライン対応について、先日のDroidKaigiでのセッションを拝聴しました。同期の競合解決の考え方に共感しました。よろしくお願いいたします。",
    "はじめまして。デザインシステムの運用について書かれたnoteを読み、トークン命名のルールを社内でも試しています。ぜひ一度お話を伺えませんか。よろしくお願いいたします。",
]


def _run(texts: list[str]):
    linter = Linter(select=["duplicate-draft"])
    results = [linter.lint_text(t, path=f"draft{i:02d}.txt", platform="generic") for i, t in enumerate(texts)]
    linter.finish(results)
    return results


def test_duplicate_draft_through_finish():
    texts = [t for _, t in DUPLICATE_INVALID] + DUPLICATE_VALID
    results = _run(texts)
    for i, (group, _) in enumerate(DUPLICATE_INVALID):
        findings = [f for f in results[i].findings if f.rule == "duplicate-draft"]
        assert len(findings) == 1, (group, texts[i])
        mates = [f"draft{j:02d}.txt" for j, (g, _) in enumerate(DUPLICATE_INVALID) if g == group and j != i]
        for mate in mates:
            assert mate in findings[0].message
        others = [f"draft{j:02d}.txt" for j, (g, _) in enumerate(DUPLICATE_INVALID) if g != group]
        assert not any(o in findings[0].message for o in others)
        assert "2件" in findings[0].message
    for k, text in enumerate(DUPLICATE_VALID):
        result = results[len(DUPLICATE_INVALID) + k]
        assert [f for f in result.findings if f.rule == "duplicate-draft"] == [], text


def test_duplicate_draft_position_is_first_sentence_with_a_predicate():
    results = _run([SCOUT.format(name="藤田", co="株式会社A"), SCOUT.format(name="前田", co="株式会社B")])
    (f,) = results[0].findings
    assert f.excerpt.startswith("株式会社Aで採用を担当している")
    assert (f.line, f.column) == (3, 8)
    assert f.path == "draft00.txt" and f.severity == "warning" and f.tip == 5


def test_duplicate_draft_needs_two_and_ignores_short():
    assert _run([SCOUT.format(name="藤田", co="株式会社A")])[0].findings == []
    assert all(r.findings == [] for r in _run(["ありがとうございました！またお願いします。"] * 3))


def test_duplicate_draft_threshold_option():
    a = SCOUT.format(name="藤田", co="株式会社A")
    b = a.replace("まずは30分ほど、カジュアルにお話しできれば嬉しいです。", "来週の説明会にもぜひお越しください。")
    linter = Linter(select=["duplicate-draft"], options={"duplicate-draft": {"threshold": 99}})
    results = [linter.lint_text(t, path=f"{i}.txt") for i, t in enumerate([a, b])]
    linter.finish(results)
    assert all(r.findings == [] for r in results)


def test_duplicate_draft_fingerprint_is_small_and_bounded():
    linter = Linter(select=["duplicate-draft"])
    long = SCOUT.format(name="藤田", co="株式会社A") + "\n" + "弊社の開発体制について詳しくご説明します。" * 500
    fp = linter.lint_text(long, path="long.txt").fingerprints["duplicate-draft"]
    assert len(fp.text) <= 1500 and len(fp.sig) == 128 and fp.length > 1500
    assert "藤田" not in fp.text and "30" not in fp.text


def test_duplicate_draft_many_copies_names_a_few():
    texts = [SCOUT.format(name=n, co="株式会社A") for n in "佐藤 鈴木 高橋 田中 伊藤 渡辺 山本 中村".split()]
    results = _run(texts)
    message = results[0].findings[0].message
    assert "ほか2件" in message and "7件" in message


def test_duplicate_draft_rule_examples_as_one_run():
    from outreach_lint.registry import builtin_rules

    rule = builtin_rules()["duplicate-draft"]
    bad, good = [e.text for e in rule.bad], [e.text for e in rule.good]
    results = _run(bad + good)
    assert all(len(r.findings) == 1 for r in results[:len(bad)])
    assert all(r.findings == [] for r in results[len(bad):])


def _write_drafts(folder, texts):
    folder.mkdir()
    for i, text in enumerate(texts):
        (folder / f"draft{i:02d}.txt").write_text(text, encoding="utf-8")


def _cli_duplicates(run_cli, folder, *extra):
    proc = run_cli("check", str(folder), "--format", "json", *extra)
    assert proc.returncode in (0, 1), proc.stderr_text
    items = [f for f in json.loads(proc.stdout_text) if f["rule"] == "duplicate-draft"]
    return {f["path"].rsplit("/", 1)[-1]: f["message"] for f in items}


def test_duplicate_draft_cli_three_copies_one_different(run_cli, tmp_path):
    texts = [t for g, t in DUPLICATE_INVALID if g == "scout"] + [DUPLICATE_VALID[1]]
    _write_drafts(tmp_path / "drafts", texts)
    reported = _cli_duplicates(run_cli, tmp_path / "drafts", "--jobs", "1")
    assert set(reported) == {"draft00.txt", "draft01.txt", "draft02.txt"}
    for name, message in reported.items():
        others = {"draft00.txt", "draft01.txt", "draft02.txt"} - {name}
        assert all(o in message for o in others), message


def test_duplicate_draft_cli_parallel(run_cli, tmp_path):
    texts = [t for g, t in DUPLICATE_INVALID if g == "scout"] + [t for t, _ in ONE_SIDED_VALID[:10]] + DUPLICATE_VALID[1:4]
    assert len(texts) >= 16
    _write_drafts(tmp_path / "many", texts)
    reported = _cli_duplicates(run_cli, tmp_path / "many", "--jobs", "2")
    assert set(reported) == {"draft00.txt", "draft01.txt", "draft02.txt"}
    for name, message in reported.items():
        assert all(o in message for o in {"draft00.txt", "draft01.txt", "draft02.txt"} - {name})


def test_relationship_someone_else_came_is_no_tie():
    # 昨年は消防士さんにお越しいただき: others came to the sender's event; the reader did not
    doc = Document("昨年は消防士さんと看護師さんにお越しいただき、子どもたちにとても好評でした。", platform="facebook")
    assert relationship(doc) == []
    doc = Document("先日は弊社のブースにお立ち寄りいただきありがとうございました。", platform="email")
    assert relationship(doc)


def test_form_letter_phrase_regex_does_not_depend_on_the_hash_seed():
    # The stock phrases were ordered by length only, ties in set order: the alternation, and so which
    # drafts fired, changed from one process to the next with PYTHONHASHSEED.
    import os
    import subprocess
    import sys

    code = ("from outreach_lint.checks.form_letter import _compile\n"
            "from outreach_lint.registry import builtin_rules\n"
            "print(_compile(tuple(builtin_rules()['form-letter'].options['stock-phrases'])).pattern)")
    patterns = set()
    for seed in ("1", "2", "3", "4"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        patterns.add(subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                                    check=True).stdout)
    assert len(patterns) == 1


def test_template_placeholder_one_finding_where_two_patterns_match():
    # 【氏名】様 is both a bracketed slot word and a bracketed name before an honorific
    assert [f.excerpt for f in _fired("template-placeholder", "【氏名】様\nはじめまして。")] == ["【氏名】"]
