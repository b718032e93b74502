module.exports = 'SOAK-SECRET';
