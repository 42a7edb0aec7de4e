import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { DutyList } from '@qingdan/core';
import { findListFiles, readListFile } from '@qingdan/listfile';
import { type PublishSource, publishLists, vocabularyRenderer } from '@qingdan/rdf';
import { dutyListArbitrary } from '@qingdan/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benchLists } from './rdf-data.js';

// What publishing wrote for the inputs below, file by file (SHA-256), before the writers and the
// publishing loop were made faster. Making publishing faster must not change a byte of what it
// writes; a deliberate change of the outputs records new digests here. The vocabulary's files,
// copied as they are, are left out: they change with the vocabulary, not with publishing.
const golden: Record<string, Record<string, string>> = {
  examples: {
    '.qingdan-output.json': 'b019c66aa2449a66ce579081f4fc6b859d57efbe67d69714142ec31748495b50',
    '320282106/yixing-xushe-2025.jsonld':
      'd0d74d1440b82784cc76b0127caccaa34d9cb0e7a07faee2b044a115e521616f',
    '320282106/yixing-xushe-2025.nq':
      'c1687f9a5797fed400f3e35799944f3589dabe56450a72e8125c9e587b7c5ae7',
    '320282106/yixing-xushe-2025.nt':
      '8f8019707f25c1225ed9becd73b6671d3b7afb4e11534f21edf842bad4336d1f',
    '320282106/yixing-xushe-2025.ttl':
      'c44ad800f8c3f6f4faa037527ce0d7114da6a8caf7d8cb2279a911315e27c499',
    '421127104/huangmei-wuzu-2024.jsonld':
      '9e0d2d098dd7660821ca6f0f2bfae1af77ffdc9953709afdba5c3975c2826c8b',
    '421127104/huangmei-wuzu-2024.nq':
      '531559bb5c7c50f80c3b61bbf7b998d185c053371d0b27fce4a7b3413406a1b9',
    '421127104/huangmei-wuzu-2024.nt':
      'af36e037660788c5961a462327bb91faa432c2ff23be309fc964da30dd1df5ef',
    '421127104/huangmei-wuzu-2024.ttl':
      '908cc6a1ed7c6e61709350f2eeba6ef4cd30aa264408b0a761d80ce9bd751033',
    '421127108/huangmei-tingqian-2024.jsonld':
      '8d30d4cfd3e9bdcb6b8a78019e6490434238ff75ae703b1113d04a32ce2235ab',
    '421127108/huangmei-tingqian-2024.nq':
      '15c07e71027c57a711e0436045696c0eb779f3a581098b4ae8fab524d1fd9769',
    '421127108/huangmei-tingqian-2024.nt':
      '07e7c558e553b76da1c1d5d3267c03b790b3889ad53ca5dfcf3be51b56d8b8ec',
    '421127108/huangmei-tingqian-2024.ttl':
      '705c3a81002250fdd62f186d3dea07748fab5516b0fd50afb607a112e0cf9456',
    '421127108/huangmei-tingqian-2025.jsonld':
      'c4ffd8a3d1a465927c0433f3480cdb28b019665cc0fc7271c850540067fec3d7',
    '421127108/huangmei-tingqian-2025.nq':
      '3edcf7f7970444963b40e8654494ba50ab24688462716dfb37b4abc85443c5e6',
    '421127108/huangmei-tingqian-2025.nt':
      'de6be0e4838ef62eaa50bdb2779286c28ee6d029d92ece46099f039197f7f247',
    '421127108/huangmei-tingqian-2025.ttl':
      '72c883b67ad75ee11769fd6c387a7a7790247d115e4de4e412eea7659661caf2',
    '430181108/hunan-township-2019.jsonld':
      '0f7e4c02cfa706127374371df5726fc399302dab60e49e74b90317cf5287e0e7',
    '430181108/hunan-township-2019.nq':
      '8eac21a1ae1efa2187f9474e5f7d243f024198cbd6892ffd8bdd3f95137dc131',
    '430181108/hunan-township-2019.nt':
      'fdee378898714823903a6b80c8119aedc3fcce8f29d928609c82bb9ff66a3b68',
    '430181108/hunan-township-2019.ttl':
      '713824115a7f004d29a1bdd4aa0369ca5d82c4c2af8ca503313d0f47e66c4226',
    '441302113/huizhou-hengli-2021.jsonld':
      '4b92e9815c9ec5e14c110ee4ab336142b20531633bbd86a55ad36dc68432c200',
    '441302113/huizhou-hengli-2021.nq':
      '8ce29c9ac98aedfe23572e558ed4df323485dbc9b0a85ce8c8bc63a12f9726ab',
    '441302113/huizhou-hengli-2021.nt':
      'e6f319ca3851ae0fbabbcd2839aaa603780e09bd1015bd878c1f698e3113cde5',
    '441302113/huizhou-hengli-2021.ttl':
      'b82c9a450d1c82a3f0533e94d5882a9926a4fad08b44e27f52f9079df19eba07',
    '520327104203/fenggang-dangwan-2024.jsonld':
      '860d689d6da892fc0fca4ef4dbd7cc25444c00f7ae6adf730b8f2ba939c72f40',
    '520327104203/fenggang-dangwan-2024.nq':
      '593b601ba1e986ffb072a71e49e99183cf0a40b6432d82510411688948de38cf',
    '520327104203/fenggang-dangwan-2024.nt':
      '063d6ee37b662343feaf9c9185fc582a888ae091048aea2941b9c0190e93bc70',
    '520327104203/fenggang-dangwan-2024.ttl':
      '510ac3f28a23371dafcd8d01e638cb6ee516e7191c7a094c626c93685ed3be1e',
    'catalog.jsonld': '85657e3b9b912192f029e98ed43d247856836db012cc562b383f22c3b131b6a5',
    'catalog.ttl': '3e4d4f2c48908a907973b8252ea702d741250f03b46d3813bcf6863e9e06d604',
  },
  bench: {
    '.qingdan-output.json': 'b019c66aa2449a66ce579081f4fc6b859d57efbe67d69714142ec31748495b50',
    '421100100/list-0.jsonld': '2635d114b21fa3c11abed853797814bcc912906ab36431ddd29d47d11a6c57b0',
    '421100100/list-0.nq': 'e6a0e069898fa47c837ff3f43dcd180cbd7bbdbf53784ec2b40f637f42a04943',
    '421100100/list-0.nt': '07f9ca9c1037b0870eb7df7c530553b6f11c08e8d10936b085c5e1d2145b659e',
    '421100100/list-0.ttl': 'fbc70663e5b4df1267471725ee3c897e2557278f9cbd44f370d9ed0f9f4e9201',
    '421101100/list-1.jsonld': 'e63a5a652ea2e55c8f443fc5711663b9d08dfc326a9037c49bdaa20cedeeae02',
    '421101100/list-1.nq': '01ed568f278edb273b5851c7e48a21b692dc66eb80ac88edfb2de6286e4672c0',
    '421101100/list-1.nt': 'ccbaab8a4c0a275eecdee51902a78e4c4857fa691528056635971693f5dfbae0',
    '421101100/list-1.ttl': 'c2b48897ca9a8670370dfe28aeab085a74c842a9d4678ada53caee3b84a3b5ad',
    '421102100/list-2.jsonld': '78dfc18c8c18c4beda5241260ef110097c9280ed4019987f08ac4ea8c41c7012',
    '421102100/list-2.nq': '60d247280700f56dd105205d052c48301d1d067742e6eaae587b38d1928e48af',
    '421102100/list-2.nt': 'f6955aea787573fc5e0b6fd6e0a7a4bb9313ac1d8df54d531a7a4a59dda55ff0',
    '421102100/list-2.ttl': '02244e006f87c2e6fdc490f3ee7cb60da87d0b6a5ad5c1c441d97df74d257515',
    '421103100/list-3.jsonld': '0b759631a1c420c1b289689c9a5f81254a4204634c5c5252edd88ab0a36b1d22',
    '421103100/list-3.nq': '28682fca9dc810c938f2dfd1bc0302ab95318cbbd7c8aa9bb9b04f5200cdfb76',
    '421103100/list-3.nt': 'ea4ad96b450f8a031eae7dade14b6a72fa7ab76ba32ba7f02a816f0e3505af9f',
    '421103100/list-3.ttl': 'ba5267e77d47d765cbc357fa05eaa96387917fe7a2be5af676fa622c1eaadcd9',
    '421104100/list-4.jsonld': 'e04e7fce9bda749d0310837a474ba1db889a6278af18171dc2f7ec70814f1dd4',
    '421104100/list-4.nq': '0012e2c759f1257b671e9caced945ac804a25f7fe05d0c2be0fda9d17fe00c27',
    '421104100/list-4.nt': '24c2e55c50974857376471314416ba8be5cab15fc51619da4afe843028606da3',
    '421104100/list-4.ttl': 'ae845bd7efe14666c9767a5f5ef19372e7e2a293ecf58c5ebb6f8d041bb42d81',
    'catalog.jsonld': 'c0f458d3774f8c0546e37c5e44bccab898d8822de54e3c885a5a85476ca40977',
    'catalog.ttl': '4583c45636371d62594b2fd7c13869e877e741cb8a61aa499b699f55445ef072',
  },
  generated: {
    '.qingdan-output.json': 'b019c66aa2449a66ce579081f4fc6b859d57efbe67d69714142ec31748495b50',
    '421127/gen-1.jsonld': '71af6b33c27296fa9e1b506449bdbc3ebb7807be3575a0d8f59e38fb807f54e8',
    '421127/gen-1.nq': '8bc0aeed48461918ccc0271d445c3f5f571dc4a21f79ea58d3b501da7ff8fbe1',
    '421127/gen-1.nt': '519c082045afcf241403643809a6823bd26863ca3b9caa7b84d9b4b36581f160',
    '421127/gen-1.ttl': '5cf2d1ccf4e8a9f2059e1157b5de772e3a2a715cacf2ea8caa4e65317b61bb54',
    '421127/gen-21.jsonld': '662e42977218f1e645fee72aa1982926b85053b9e495347d38b8b48200ededc7',
    '421127/gen-21.nq': '722a11aa8269b902345c7b053012714b39dc867998fc8d71d2f1fced51612c17',
    '421127/gen-21.nt': '15f0899acd780870a082974e2064c73f89081e908f919f04a056df2156ef7720',
    '421127/gen-21.ttl': '7031c846605105741e39960ed68557e76e51f7f328667d40bf8532d35bb6296e',
    '421127/gen-7.jsonld': 'a893f3fe00a32ce99827bbd6331d4b25aeea1252ec35fdc3dd70a6e6c9cd5bd4',
    '421127/gen-7.nq': 'fc4c1685d521fb81f306ed79e8928a0ab05bf8dcfcff723493c31c0c42dc2a89',
    '421127/gen-7.nt': 'e8b1134d5530737da010c852c2ef2a02b2c1e3c05f685e38f50d0c04f42a0b30',
    '421127/gen-7.ttl': '9e4eb76ef6e5ea977d3276e666255390d66f11dd03fddbe8a7a70fe5f65e4238',
    '421127102273/gen-23.jsonld':
      '2fa2d0d2c44826d356a1eaff5042f4adeaf5968c12b8183d51378c001399607e',
    '421127102273/gen-23.nq': '5fc4029ab75176a67c201e6450cf856418599435e35c63c068564dcd3e0e5a98',
    '421127102273/gen-23.nt': 'ecee14361b02cc81050d6b32ea3327efb2257e4f76f1bd1bc1ec8504f71a6f7c',
    '421127102273/gen-23.ttl': '4f3a2f06d1f754acef892ff83c36ced69e261269f286d0390eadb5fe814a5e9a',
    '421127103251/gen-8.jsonld': '27579afe4cc0392f0dce6d5755e45a0d70555d96fe2c76942d4be97abd254240',
    '421127103251/gen-8.nq': '70616542ed0e1eaef0aada28dbce00ef0188bf31dcf296875324269c3d0ce25d',
    '421127103251/gen-8.nt': '6459150bd7957002d59828f88fb3ae9b906cf1e591b2ea780d2ee6d79b23a018',
    '421127103251/gen-8.ttl': '69c90c5cce6dee46bb4ab9a456d1b814163a57dbbae0d92c49f578d865bf1922',
    '421127106/gen-6.jsonld': 'd4713537376b196518b8ff899fd067fecc04e5cadcc1e59ec2ddedb60a383376',
    '421127106/gen-6.nq': 'd61bd74b423e0e14237bdf8b64d0116d2ebc0ab343e1a8bddd30232a1b662b70',
    '421127106/gen-6.nt': 'a09c04636efa477b47e713137c7c52605f6bc972e42a713dddbe622f5350533e',
    '421127106/gen-6.ttl': 'ab3a2d4de59f550af4d6493f104a50cb8f3d8d223b6f2a77e3600f067ab7744d',
    '421127111216/gen-24.jsonld':
      '13f8e537755a390560cd307e806f0d6fb1723cbebc01406c162692e5a49ebe68',
    '421127111216/gen-24.nq': '888427b2b007f187e891158e4274480d2a60b0460d29f1900a01b45b061dd825',
    '421127111216/gen-24.nt': 'c15dd81d30ecbdaf7faa5ddd3fcdcdb82ac9e7a97181c373914989221787390c',
    '421127111216/gen-24.ttl': '440a07901511827c350a7bc53ff259a44fb97991453ec2f06c3302d3140faf73',
    '421127183/gen-14.jsonld': 'e7b4eb1c5696d78790e46260464fa9582c60475e848ac12ce9dd474834b41aee',
    '421127183/gen-14.nq': '37408c5d6c6fa13de9001ff80ea8566ea36d9cee270791983de6882aa6fcd735',
    '421127183/gen-14.nt': '90afcc2adbb70882c871eb1a4e4a2868e1944d3cf4d73a1b4d1229fd11f5dc2a',
    '421127183/gen-14.ttl': '386882885bf5ec80115f58f695f630e5ce70838d5149bdbae8caa33ad4da7f77',
    '421127196217/gen-16.jsonld':
      '7170191abe0b24b3bd47247fa256646597046611d964d02cc80499d96fc949de',
    '421127196217/gen-16.nq': '879b80751b0e84d1a9a31150886085532b7ec2bd4ecc7c536b3d46a9a7fd4d8f',
    '421127196217/gen-16.nt': 'c4f37614742c96ce11c9e0439cb8f808a5761a7e9e8eba3a2b25688a81309ab1',
    '421127196217/gen-16.ttl': 'cfcda5d07a184f3cd732fec957815d73d203ad9b1ecb2fb8a5cdb65114db0d80',
    '421127198206/gen-17.jsonld':
      'a9028e6a73145fdb813db21824dc8e9e6bdf2a515c80edce593754032f44d4d1',
    '421127198206/gen-17.nq': '39c95a73e9d311fd9aab4ad2751e8173e654e7793f74d1dbb59bfdf904c98cc0',
    '421127198206/gen-17.nt': 'fb9878f5e298080bddc1312d61af7ca245a2abd34beb267c58712bd3b47b836e',
    '421127198206/gen-17.ttl': '95a7b381fad39a3e294049c867499c883c5dc8304c9006d57652c8972d5efe52',
    '421127226297/gen-22.jsonld':
      '540f2e6307a8513e9189f4d0877802b12335836d967294e57c6ce3ec1c29c425',
    '421127226297/gen-22.nq': '7f198a69a29c4dad7f81af9d4ea736b43fe556d6906b110752d80ef2ac84dbbd',
    '421127226297/gen-22.nt': '5a1c799e3a8a8c279c7555ddd3402ee44390cdee703ee8feef98b0bed8bfab6f',
    '421127226297/gen-22.ttl': 'ea765822024dead2b9910aa321de44aedeb5247d7e32db9c80a378327c8c2dcf',
    '421127228213/gen-20.jsonld':
      '988f9fea7ad9fbc9479839abba42b02bd701231fba5863224763d509d8cca76f',
    '421127228213/gen-20.nq': 'd2455feec443b8b4a0c30ed6a3c3982c078eb861ad990958c63e3532446c1263',
    '421127228213/gen-20.nt': 'b917eca49dac03951541b625a55d8d2112d7026df4986b56e4e3684252bce9b6',
    '421127228213/gen-20.ttl': '332a8f07c5b64697ceb5920c888d10a0399fcb26e592e3aa5c8e150a3c09bb73',
    '421127260/gen-11.jsonld': 'e24db4bd5a7e52ea871c21eb6e9258b87c754bb12c4a2ab2694d41b8300b1adf',
    '421127260/gen-11.nq': 'b396fb78cb8b8008e1babf412257f33eaf9238c85288c2497256e3fc9154d06c',
    '421127260/gen-11.nt': '7324fe3fe78cdf87c3da2bc2ba6198001d05fa534dc01d113cad74b457a04181',
    '421127260/gen-11.ttl': 'b149632c74a051f5809d2678bcbadc6090a167243a6ab25d66b48f22b3b4dd4e',
    '421127264227/gen-18.jsonld':
      '24b75c19eda7e6d35df70d11ae561b580ca7198474411b4ca59dbd39828dd10d',
    '421127264227/gen-18.nq': '564bf24ea3fa6c9623f58269b725ef76f75dec90c50942bb6d4f2926fe0d48b6',
    '421127264227/gen-18.nt': 'e6b6b7ca496c832ed5370173431809ee1d67567101d3ee9a21534fd270e72f56',
    '421127264227/gen-18.ttl': '0ae2c9c84f61d17557e18c49c021827d03914a976c625e5648e3c76ed5dd6d21',
    '421127295/gen-15.jsonld': 'befdcd1825a8f13b30318a91dca427830b7a26acd8f962c05097adcedb4707d4',
    '421127295/gen-15.nq': 'b78420c00b3be8cbdc7dc2dfc8f7fbbb3872e061e45c433933bce7faf77508e2',
    '421127295/gen-15.nt': '68437d260724d54f8cd813f6ff6d0c30f3b8bf581ca6871716b912a2c27a9cdf',
    '421127295/gen-15.ttl': '30ce688d0d742ee2ac98f9529fda1e09c82b13a6eaeea1117a6559aaf20e9c9d',
    '421127315/gen-9.jsonld': 'eb751ee3ec76353cbd31d03118a0f960d8b922687cfe762309c1aa7c984265c3',
    '421127315/gen-9.nq': '66d64d45e44978469722b1737f0aebd7745050be470cb69c4f33e453a5821987',
    '421127315/gen-9.nt': '78aa3e5d8d54ef000d028a25e6476ad77785efc59c64b5a46158e6406bdc999e',
    '421127315/gen-9.ttl': '632b62c83c5c77bcbf8dbb86de713b29470e6302fb48e37165a5318c7c898397',
    '421127327288/gen-2.jsonld': 'e6aac77acaec572f416d74ab54ca558db56ba2ae3333c407b2b8595794e3f16a',
    '421127327288/gen-2.nq': 'eb8740cbfb37db8f5c6787a83de9883c09d0e9d0c6b0245c2c9e7a2c85c6ed68',
    '421127327288/gen-2.nt': 'e9bf9202312c766729d6fd7375d7cbe7c2582ebcce140e90424fa385e94f79ad',
    '421127327288/gen-2.ttl': '00e7d955e855069b6f5cb98b0377fdc9876db1e317cbe5fde186d99be5cf2c0f',
    '421127345296/gen-4.jsonld': '5332427d6bcbbcfe10d84727d8ff10e6ca3d3470efc47683d12eabffed38f9ae',
    '421127345296/gen-4.nq': 'db819fd74e961cac9f5c3bda3dd75fd62b9b7bb76f023302deeb994d11278a3f',
    '421127345296/gen-4.nt': '2424c3c05168df303fe200986df293f2c8183b66ed18e64ab93866916d3285a9',
    '421127345296/gen-4.ttl': '7d7d436435ba87e5632f3c15bffbdf92d9acf18e659de9d31b10d7620a3464a2',
    '421127404294/gen-0.jsonld': '5a83a168f899faad899fb293554e59cbcb78d3cdc208dffadaca6396023efcff',
    '421127404294/gen-0.nq': 'f08cbe4e07b8d71bcb46d020ff79c6e788132f70ed799b08a31206a91c4da20c',
    '421127404294/gen-0.nt': '42d2198fa2c9e133bb654fbf59fa76494dbddd05e0de182e0138782dc8572807',
    '421127404294/gen-0.ttl': 'eaba46e994fb6f77b2e200c3ae205eea897fcbb2c13b74db51296b0513dd0169',
    '421127405299/gen-3.jsonld': '15f9196f5ff7b76fdd2f85a4adde8be340680cdda5269dd8b2b944ac2cd804fc',
    '421127405299/gen-3.nq': 'e865a4467ca62500deb6834b25a8915a1c39b13139d9ae7e58fad1dc95cfbb1a',
    '421127405299/gen-3.nt': 'ca6947f4c9dc6e656cfad3135dabac06296d5d1834d2a57f328975c342322c4e',
    '421127405299/gen-3.ttl': 'a489742a5bcfe010a8c55eb7627793c76654fd5bcf25860da9615cea75956502',
    '421127427276/gen-12.jsonld':
      '6ac60e14f281c858ea396374a93a7fcdc25df1e530a7a126252f30de8532c9b4',
    '421127427276/gen-12.nq': '82180bb68fc212ebf53335689b144465f41c1f5aa8b7cd51ccef82f19fe2ddbb',
    '421127427276/gen-12.nt': 'd0c15351c43eca9055c443c0694b50c6c861abdbc44973c8ac49666c73fc3a8f',
    '421127427276/gen-12.ttl': 'a8b6ef2adc948a59e6dd51bef213180ce691b1edc36885786ff4ad3664bb6134',
    '421127493/gen-5.jsonld': '9df0d04b02acd166f63aba01f5e66db7097275dab647210a4139cccb18fbf87d',
    '421127493/gen-5.nq': 'aed50640ba87399bd1d979ac92c31b19bc7b30d861a46619ff7a69b19079c318',
    '421127493/gen-5.nt': '136675378353413960914b926f6f37d3096b2c418e615eed24531f4ae0a26fb2',
    '421127493/gen-5.ttl': '726b1becf92eee972d798dc0c678ee8afe614f83c56fd71c6d6e2bd37f9f1b46',
    '421127494/gen-10.jsonld': 'a79a7c8c4de5b7a8464891ce5ad5752b31098459669d7a3ef1b502cb9c767cf2',
    '421127494/gen-10.nq': '6486fe988b982f6647cf4f504d2ca7ed2cc56483796280cdeb159cc3bbd675e9',
    '421127494/gen-10.nt': '7b7c06c9a66f6027aae50131c2bbbedc0eb9fce587ad955dc6ae7abf74cda715',
    '421127494/gen-10.ttl': 'bf6d7b2399a4528ccf1698e2af5556b1580d99bafe081d721e238c3f41f94641',
    '421127494/gen-13.jsonld': '5ab67570c85daff04deab5a94da54c1929a44a1811af7e3268404da912acd65d',
    '421127494/gen-13.nq': '64d2064e65bec9faf0133410a083ceeabd4fb263fd4361f6b4ba7990f3ec6178',
    '421127494/gen-13.nt': '9733883bf1c5062b3fc5a06e79878b3ff175ac7fc123267030794459a0b32a00',
    '421127494/gen-13.ttl': '25b76aa00ee00f88c85ff769513d114f2bc70c7a99af6d70fa7c21fa8eb44668',
    '421127499214/gen-19.jsonld':
      '2f4c3d5b4524c89a976130324d145327752b6876b784f645585ac9db3e4f1d01',
    '421127499214/gen-19.nq': '65ef188aa09076fa32c4f6611a3baf9d0d0342a7d7d5328304bd795f9df30ecb',
    '421127499214/gen-19.nt': '29d6c0dfc7cc6dec5c3ef0b722de5d84be5bce39271f25ab1174c979bb2856b3',
    '421127499214/gen-19.ttl': '61b9340aa17a11e5533d53a196cbcffe209978d5a12bac4377c47c5db10576b4',
    'catalog.jsonld': '9fe25048fc2bcb657172f70ff4da751bad9ab842c87ef0c2943f9601b6741508',
    'catalog.ttl': '45433d1a7e7fd6757d878c6aed95c539cf333f595085ce0cd3456d9ec909a93e',
  },
};

const base = 'https://data.example.org/qingdan/';
const examples = new URL('../../../examples/', import.meta.url).pathname;

async function digests(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .filter((p) => !p.startsWith('vocab/'))
    .sort();
  for (const path of files)
    out[path] = createHash('sha256')
      .update(await readFile(join(dir, path)))
      .digest('hex');
  return out;
}

async function publish(out: string, lists: Iterable<DutyList>): Promise<Record<string, string>> {
  const sources = [...lists].map((list): PublishSource => ({ ok: true, file: list.id, list }));
  const report = await publishLists(sources, {
    out,
    base,
    renderer: vocabularyRenderer,
    modified: '2024-12-01',
  });
  expect(report.rejected).toEqual([]);
  expect(report.committed).toBe(true);
  return digests(out);
}

/**
 * Published lists of every section and both kinds, hostile text included, from the shared
 * generator with a fixed seed: about a thousand duties.
 */
function generatedLists(): DutyList[] {
  const lists = fc.sample(
    dutyListArbitrary({ status: 'published', minDuties: 20, maxDuties: 60 }),
    { seed: 17, numRuns: 25 },
  );
  // Each edition once: the generator may give two lists the same division and id.
  return lists.map((list, i) => ({ ...list, id: `gen-${i}` }));
}

describe('publishing writes what it wrote before', () => {
  let root = '';
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'qingdan-publish-golden-'));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('for the example lists and editions', async () => {
    const lists: DutyList[] = [];
    for (const file of await findListFiles([join(examples, 'lists'), join(examples, 'editions')])) {
      const read = await readListFile(file);
      if (!read.ok) throw new Error(`${file} does not read`);
      lists.push(read.value);
    }
    expect(await publish(join(root, 'examples'), lists)).toEqual(golden.examples);
  });

  it('for a thousand generated basic duties, as the bench makes them', async () => {
    expect(await publish(join(root, 'bench'), benchLists(1000, 7))).toEqual(golden.bench);
  });

  it('for generated lists of every section', async () => {
    const lists = generatedLists();
    expect(lists.reduce((n, l) => n + l.duties.length, 0)).toBeGreaterThan(500);
    expect(await publish(join(root, 'generated'), lists)).toEqual(golden.generated);
  });
});
